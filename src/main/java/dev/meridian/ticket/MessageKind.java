package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Inbound from the customer, outbound to the customer, or an internal note only agents see. */
public enum MessageKind {
	INBOUND, OUTBOUND, NOTE;

	@JsonValue
	public String key() {
		return KeyedEnum.key(this);
	}

	@JsonCreator
	public static MessageKind parse(String text) {
		return KeyedEnum.parse(MessageKind.class, "kind", text);
	}
}
