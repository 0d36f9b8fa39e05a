package dev.meridian.automation;

import dev.meridian.ticket.TicketView;

/**
 * A macro applied to a ticket: the reply rendered for the customer in {@code language} (the variant the fallback
 * chain chose; empty when the macro has no reply text) and the ticket after the macro's field changes.
 */
public record AppliedMacro(MacroId macro, String language, String body, boolean changed, TicketView ticket) {
}
