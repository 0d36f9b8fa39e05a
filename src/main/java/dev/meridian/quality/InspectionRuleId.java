package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record InspectionRuleId(long value) {

	public static InspectionRuleId parse(String text) {
		return new InspectionRuleId(Ids.parse("inspection_rule", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
