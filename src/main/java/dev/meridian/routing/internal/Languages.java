package dev.meridian.routing.internal;

import java.util.Collection;
import java.util.Locale;

import dev.meridian.shared.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * Whether someone who speaks some languages can serve a customer's language. Tags match when equal, or when one of
 * them is the bare language of the other ({@code de} and {@code de-AT}); {@code zh-CN} and {@code zh-TW} do not match
 * each other, as Simplified and Traditional Chinese are written differently. An unknown language ({@code und}, none)
 * is served by anyone.
 */
public final class Languages {

	private Languages() {
	}

	public static boolean covers(Collection<String> spoken, @Nullable String wanted) {
		if (!LanguageTag.known(wanted)) {
			return true;
		}
		for (String tag : spoken) {
			if (matches(tag, wanted)) {
				return true;
			}
		}
		return false;
	}

	static boolean matches(String a, String b) {
		if (a.equalsIgnoreCase(b)) {
			return true;
		}
		String pa = primary(a);
		String pb = primary(b);
		return pa.equals(pb) && (pa.equalsIgnoreCase(a) || pb.equalsIgnoreCase(b));
	}

	private static String primary(String tag) {
		int dash = tag.indexOf('-');
		return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
	}
}
