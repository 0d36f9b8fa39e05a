package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an agent's replies must contain: a greeting in the first reply, a closing in the last, an apology in the reply after a customer complains. */
public enum RequiredElement {
	GREETING, CLOSING, APOLOGY_AFTER_COMPLAINT;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static RequiredElement parse(String text) {
		return Keys.parse(RequiredElement.class, "element", text);
	}
}
