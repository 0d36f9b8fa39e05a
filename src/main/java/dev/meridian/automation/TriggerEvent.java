package dev.meridian.automation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.shared.DomainException;

/** What an event trigger reacts to: the ticket module's events and the SLA module's alerts. */
public enum TriggerEvent {
	TICKET_CREATED, TICKET_UPDATED, MESSAGE_RECEIVED, SLA_WARNING, SLA_BREACHED;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static TriggerEvent parse(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw DomainException.malformed("automation.invalid_event",
					"event must be one of ticket_created, ticket_updated, message_received, sla_warning, sla_breached");
		}
	}
}
