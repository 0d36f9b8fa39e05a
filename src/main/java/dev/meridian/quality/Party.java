package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whose messages a rule reads: the agent's replies or the customer's messages. */
public enum Party {
	AGENT, CUSTOMER;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static Party parse(String text) {
		return Keys.parse(Party.class, "target", text);
	}
}
