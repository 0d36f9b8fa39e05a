package dev.meridian.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.meridian.shared.DomainException;

/** Parses the lowercase API spelling of an enum (e.g. {@code on_hold}) with a clear error listing the choices. */
final class KeyedEnum {

	private KeyedEnum() {
	}

	static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
		String normalized = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(normalized)) {
				return constant;
			}
		}
		String choices = Arrays.stream(type.getEnumConstants()).map(KeyedEnum::key).collect(Collectors.joining(", "));
		throw DomainException.malformed("ticket.invalid_" + field, field + " must be one of " + choices);
	}
}
