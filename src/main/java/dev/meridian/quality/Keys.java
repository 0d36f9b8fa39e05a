package dev.meridian.quality;

import dev.meridian.shared.EnumKeys;

/** The lowercase API spelling of the module's enums ({@code red_line}); errors read {@code quality.invalid_<field>}. */
final class Keys {

	private Keys() {
	}

	static String key(Enum<?> value) {
		return EnumKeys.key(value);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
		return EnumKeys.parse(type, "quality", field, text);
	}
}
