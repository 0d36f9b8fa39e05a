package dev.meridian.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lowercase API spelling of an enum constant ({@code on_hold}, {@code red_line}) and its parsing, with an error
 * code of the caller's prefix ({@code ticket.invalid_status}) that lists the choices.
 */
public final class EnumKeys {

	private EnumKeys() {
	}

	public static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String codePrefix, String field, String text) {
		String normalized = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(normalized)) {
				return constant;
			}
		}
		String choices = Arrays.stream(type.getEnumConstants()).map(EnumKeys::key).collect(Collectors.joining(", "));
		throw DomainException.malformed(codePrefix + ".invalid_" + field, field + " must be one of " + choices);
	}
}
