package dev.meridian.survey.internal;

import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites the customer to rate a ticket once the transaction that solved it commits. Idempotent: a ticket with an
 * open invitation keeps it, so a redelivered event or a solve after a reopen changes nothing.
 */
@Component
class SurveyListeners {

	private final Surveys surveys;

	SurveyListeners(Surveys surveys) {
		this.surveys = surveys;
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		if (event.to() == TicketStatus.SOLVED) {
			surveys.invite(event.ticket());
		}
	}
}
