package dev.meridian.quality.internal;

import dev.meridian.quality.InspectionTrigger;
import dev.meridian.quality.Inspections;
import dev.meridian.ticket.TicketOpened;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inspects a conversation after the transaction that solved it commits, so inspection never slows or fails the
 * agent's solve; durable (ADR 8) and idempotent: inspecting again replaces the inspection.
 */
@Component
class QualityListeners {

	private final Inspections inspections;

	QualityListeners(Inspections inspections) {
		this.inspections = inspections;
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		if (event.to() == TicketStatus.SOLVED) {
			inspections.inspect(event.ticket(), InspectionTrigger.SOLVED);
		}
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		inspections.customerReturned(event.ticket());
	}
}
