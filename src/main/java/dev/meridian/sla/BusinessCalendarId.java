package dev.meridian.sla;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record BusinessCalendarId(long value) {

	public static BusinessCalendarId parse(String text) {
		return new BusinessCalendarId(Ids.parse("business_calendar", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
