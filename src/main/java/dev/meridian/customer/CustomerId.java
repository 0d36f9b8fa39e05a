package dev.meridian.customer;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record CustomerId(long value) {

	public static CustomerId parse(String text) {
		return new CustomerId(Ids.parse("customer", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
