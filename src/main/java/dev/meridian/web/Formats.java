package dev.meridian.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Small presentation helpers for templates, as {@code ${@fmt.initials(name)}}. */
@Component("fmt")
public class Formats {

	/** Up to two letters for an avatar: "Mei Lin" → "ML", "王芳" → "王". */
	public String initials(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "?";
		}
		String[] words = name.strip().split("[\\s@._-]+");
		int first = words[0].codePointAt(0);
		if (Character.isIdeographic(first)) {
			return new String(Character.toChars(first));
		}
		StringBuilder initials = new StringBuilder().appendCodePoint(first);
		if (words.length > 1 && !words[words.length - 1].isEmpty()) {
			initials.appendCodePoint(words[words.length - 1].codePointAt(0));
		}
		return initials.toString().toUpperCase(LocaleContextHolder.getLocale());
	}

	/** A file size people read: "840 B", "12 KB", "3.4 MB". */
	public String bytes(long size) {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return Math.round(size / 1024.0) + " KB";
		}
		return String.format(LocaleContextHolder.getLocale(), "%.1f MB", size / (1024.0 * 1024.0));
	}

	/** A language tag's name in the viewer's language: "de" → "German" or "德语"; empty when undetermined. */
	public String language(@Nullable String tag) {
		if (!known(tag)) {
			return "";
		}
		Locale language = Locale.forLanguageTag(tag);
		String name = language.getDisplayName(LocaleContextHolder.getLocale());
		return name.isBlank() ? tag : name;
	}

	/** A language tag as a short badge: "de", "zh-CN" → "DE", "ZH". */
	public String languageCode(@Nullable String tag) {
		if (!known(tag)) {
			return "";
		}
		return Locale.forLanguageTag(tag).getLanguage().toUpperCase(Locale.ROOT);
	}

	/** Whether the tag names a language; {@code und} is what detection says when it cannot tell. */
	public boolean known(@Nullable String tag) {
		return tag != null && !tag.isBlank() && !"und".equalsIgnoreCase(tag.strip())
				&& !Locale.forLanguageTag(tag).getLanguage().isEmpty();
	}
}
