package dev.meridian.automation;

import java.util.Set;

/** A subscription as an admin writes it: where to send (http or https) and which ticket events. */
public record WebhookDraft(String name, String url, Set<String> events, boolean enabled) {

	public WebhookDraft {
		events = Set.copyOf(events);
	}
}
