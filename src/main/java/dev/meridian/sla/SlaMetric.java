package dev.meridian.sla;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a service-level target measures. */
public enum SlaMetric {
	/** From the customer's first message until the first public reply. */
	FIRST_REPLY,
	/** From a customer message that waits for an answer (after the first reply) until the next public reply. */
	NEXT_REPLY,
	/** From opening until the ticket is solved; a reopened ticket's clock goes on from where it stopped. */
	RESOLUTION;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
