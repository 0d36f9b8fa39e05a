package dev.meridian.identity;

import com.fasterxml.jackson.annotation.JsonValue;

public record BrandId(long value) {

	public static BrandId parse(String text) {
		return new BrandId(Ids.parse("brand", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
