package dev.meridian.automation.internal;

import java.util.HashMap;
import java.util.Map;

import dev.meridian.customer.CustomerView;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.BrandView;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketView;
import org.jspecify.annotations.Nullable;

/** The values of {@link ReplyTemplate#KNOWN} for one ticket, its customer and brand, and the replying agent. */
public final class PlaceholderValues {

	/** The absolute link to the ticket's satisfaction survey page. */
	public static final String SATISFACTION_LINK = "ticket.satisfaction_link";

	private PlaceholderValues() {
	}

	public static Map<String, String> of(TicketView ticket, CustomerView customer, @Nullable AgentView agent,
			@Nullable BrandView brand) {
		Map<String, String> values = new HashMap<>();
		values.put("customer.name", customer.name());
		values.put("customer.first_name", firstName(customer.name()));
		values.put("customer.last_name", lastName(customer.name()));
		values.put("customer.email", customer.email() == null ? "" : customer.email());
		values.put("ticket.number", Long.toString(ticket.number()));
		values.put("ticket.subject", ticket.subject());
		values.put("ticket.order_id", orderId(ticket));
		values.put("ticket.status", ticket.status().key());
		values.put("ticket.priority", ticket.priority().key());
		if (agent != null) {
			values.put("agent.name", agent.name());
			values.put("agent.first_name", firstName(agent.name()));
			values.put("agent.email", agent.email());
		}
		if (brand != null) {
			values.put("brand.name", brand.name());
		}
		return values;
	}

	/**
	 * Renders {@code template} with {@code values}, adding the survey link only when the text uses it: asking for the
	 * link invites the customer to rate the ticket (the invitation is made on first use).
	 */
	public static String render(ReplyTemplate template, Map<String, String> values, TicketView ticket, Surveys surveys) {
		if (!template.placeholders().contains(SATISFACTION_LINK)) {
			return template.render(values);
		}
		Map<String, String> withLink = new HashMap<>(values);
		withLink.put(SATISFACTION_LINK, surveys.link(ticket.id()));
		return template.render(withLink);
	}

	/** The order number marketplace relays put on the ticket as the tag {@code order:<number>}. */
	static String orderId(TicketView ticket) {
		return ticket.tags().stream()
			.filter(t -> t.startsWith("order:") && t.length() > 6)
			.map(t -> t.substring(6))
			.findFirst()
			.orElse("");
	}

	/** The first word of a name written with spaces; a name without spaces (王芳) is kept whole. */
	static String firstName(String name) {
		String trimmed = name.strip();
		int space = trimmed.indexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(0, space);
	}

	static String lastName(String name) {
		String trimmed = name.strip();
		int space = trimmed.lastIndexOf(' ');
		return space < 0 ? "" : trimmed.substring(space + 1);
	}
}
