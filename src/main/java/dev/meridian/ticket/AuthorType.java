package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

public enum AuthorType {
	CUSTOMER, AGENT, SYSTEM;

	@JsonValue
	public String key() {
		return KeyedEnum.key(this);
	}
}
