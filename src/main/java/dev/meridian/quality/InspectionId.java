package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record InspectionId(long value) {

	public static InspectionId parse(String text) {
		return new InspectionId(Ids.parse("inspection", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
