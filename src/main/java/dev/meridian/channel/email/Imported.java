package dev.meridian.channel.email;

import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * What became of one raw message: the ticket and message it landed as; {@code duplicate} when it had been
 * imported before (then they are the first import's); {@code outcome} says why nothing was added when the mail
 * was automatic (an out-of-office on a known ticket, a bounce) or is still waiting to be processed.
 */
public record Imported(long rawMail, @Nullable TicketId ticket, @Nullable MessageId message, boolean duplicate,
		Outcome outcome) {

	public enum Outcome {
		ADDED, DUPLICATE, IGNORED, BOUNCE, PENDING
	}
}
