package dev.meridian.automation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record WebhookId(long value) {

	public static WebhookId parse(String text) {
		return new WebhookId(Ids.parse("webhook", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
