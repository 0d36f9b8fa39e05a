package dev.meridian.automation.internal;

import java.time.Instant;
import java.util.Set;

import dev.meridian.automation.TriggerEvent;
import dev.meridian.customer.CustomerView;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketView;
import org.jspecify.annotations.Nullable;

/**
 * What a trigger's conditions look at: the ticket as it is now, its customer, the message that arrived (for
 * message events), the fields an update changed, the SLA metric of an SLA alert, and the time of evaluation.
 */
public record TriggerFacts(@Nullable TriggerEvent event, TicketView ticket, CustomerView customer,
		@Nullable MessageView message, Set<String> changedFields, @Nullable String slaMetric, Instant now) {

	public TriggerFacts {
		changedFields = Set.copyOf(changedFields);
	}
}
