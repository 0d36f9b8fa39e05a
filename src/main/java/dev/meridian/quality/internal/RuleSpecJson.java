package dev.meridian.quality.internal;

import dev.meridian.quality.RuleSpec;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Rule specifications to and from the JSON column. */
final class RuleSpecJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private RuleSpecJson() {
	}

	static String write(RuleSpec spec) {
		return JSON.writerFor(RuleSpec.class).writeValueAsString(spec);
	}

	static RuleSpec read(String json) {
		return JSON.readValue(json, RuleSpec.class);
	}
}
