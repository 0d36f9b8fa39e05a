package dev.meridian.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A list someone typed into one form field, such as tags or skills: "refund, Amazon  ,," reads as [refund, Amazon].
 * Commas separate the items, including the Chinese full-width comma and enumeration comma (，、) that a Chinese
 * keyboard types, and so do spaces.
 */
public final class TypedList {

	private static final Pattern SEPARATORS = Pattern.compile("[,，、\\s]+");

	private TypedList() {
	}

	public static List<String> split(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
