package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a conversation arrived: email, the chat widget, a marketplace's buyer messages, the API, or an agent. */
public enum Channel {
	EMAIL, CHAT, MARKETPLACE, API, WEB;

	@JsonValue
	public String key() {
		return KeyedEnum.key(this);
	}

	@JsonCreator
	public static Channel parse(String text) {
		return KeyedEnum.parse(Channel.class, "channel", text);
	}
}
