package dev.meridian.quality;

import dev.meridian.identity.AgentId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** A solved conversation was inspected automatically; {@code failed} when it crossed a red line. */
public record ConversationInspected(InspectionId inspection, TicketId ticket, @Nullable AgentId agent, boolean failed) {
}
