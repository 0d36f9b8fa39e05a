package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record SamplingPlanId(long value) {

	public static SamplingPlanId parse(String text) {
		return new SamplingPlanId(Ids.parse("sampling_plan", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
