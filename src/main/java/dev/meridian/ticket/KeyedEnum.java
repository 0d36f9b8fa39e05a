package dev.meridian.ticket;

import dev.meridian.shared.EnumKeys;

/** Parses the lowercase API spelling of an enum (e.g. {@code on_hold}) with a clear error listing the choices. */
final class KeyedEnum {

	private KeyedEnum() {
	}

	static String key(Enum<?> value) {
		return EnumKeys.key(value);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
		return EnumKeys.parse(type, "ticket", field, text);
	}
}
