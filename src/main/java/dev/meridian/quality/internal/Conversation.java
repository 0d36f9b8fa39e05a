package dev.meridian.quality.internal;

import java.time.Instant;
import java.util.List;

import dev.meridian.quality.Party;
import org.jspecify.annotations.Nullable;

/**
 * What the rule engine reads of a solved ticket: its public messages in time order (internal notes left out), its
 * language, when it was solved, and the same customer's later tickets.
 */
public record Conversation(long ticketId, @Nullable String language, @Nullable Instant solvedAt, List<Line> lines,
		List<LaterContact> laterContacts) {

	public Conversation {
		lines = List.copyOf(lines);
		laterContacts = List.copyOf(laterContacts);
	}

	/** One message: who wrote it, its text and its language if known. */
	public record Line(long messageId, Party party, String text, @Nullable String language, Instant at) {
	}

	/** Another ticket the same customer opened, by number and time. */
	public record LaterContact(long ticketNumber, Instant openedAt) {
	}
}
