package dev.meridian.ticket.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.TicketFilter;
import dev.meridian.ticket.TicketSort;
import dev.meridian.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the inbox list shows, as the query string carries it: a view (a named base filter with a live count),
 * optional filters that narrow it, the sort and the keyset cursor. Values a person could have typed into the URL
 * are read leniently: one that does not parse is ignored rather than failing the page.
 */
record InboxQuery(@Nullable String view, @Nullable String brand, @Nullable String channel, @Nullable String status,
		@Nullable String language, @Nullable String assignee, @Nullable String tag, @Nullable String q,
		@Nullable String sort, @Nullable String cursor) {

	/** The views in the order the inbox lists them. */
	static final List<String> VIEWS = List.of("mine", "unassigned", "open", "pending", "solved", "all");

	static final String DEFAULT_VIEW = "open";

	static InboxQuery defaults() {
		return new InboxQuery(null, null, null, null, null, null, null, null, null, null);
	}

	public String activeView() {
		return view != null && VIEWS.contains(view) ? view : DEFAULT_VIEW;
	}

	public TicketSort activeSort() {
		TicketSort parsed = lenient(sort, TicketSort::parse);
		return parsed == null ? TicketSort.NEWEST : parsed;
	}

	/** Whether any filter beyond the view is set, so the page can open the filter bar and offer to clear it. */
	public boolean filtered() {
		return present(brand) || present(channel) || present(status) || present(language) || present(assignee)
				|| present(tag);
	}

	/** The inbox address of this query, on the page after {@code cursor} when one is given. */
	String toUrl(@Nullable String cursor) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/inbox").queryParam("view", activeView());
		add(url, "q", q);
		add(url, "status", status);
		add(url, "assignee", assignee);
		add(url, "brand", brand);
		add(url, "channel", channel);
		add(url, "language", language);
		add(url, "tag", tag);
		if (sort != null && activeSort() != TicketSort.NEWEST) {
			url.queryParam("sort", activeSort().key());
		}
		add(url, "cursor", cursor);
		return url.encode().build().toUriString();
	}

	/** The same query without one filter, for the filter chip that removes it. */
	InboxQuery without(String field) {
		return new InboxQuery(view, "brand".equals(field) ? null : brand, "channel".equals(field) ? null : channel,
				"status".equals(field) ? null : status, "language".equals(field) ? null : language,
				"assignee".equals(field) ? null : assignee, "tag".equals(field) ? null : tag, q, sort, null);
	}

	private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
		if (present(value)) {
			url.queryParam(name, value.strip());
		}
	}

	static TicketFilter viewFilter(String view, AgentId me) {
		TicketFilter all = TicketFilter.all();
		return switch (view) {
			case "mine" -> all.withStatuses(EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN)).withAssignee(me, false);
			case "unassigned" -> all.withStatuses(EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING,
					TicketStatus.ON_HOLD)).withAssignee(null, true);
			case "open" -> all.withStatuses(EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN));
			case "pending" -> all.withStatuses(EnumSet.of(TicketStatus.PENDING, TicketStatus.ON_HOLD));
			case "solved" -> all.withStatuses(EnumSet.of(TicketStatus.SOLVED));
			default -> all;
		};
	}

	/**
	 * The view's filter narrowed by the chosen filters, or null when they exclude each other (a status outside the
	 * view's statuses), which lists nothing.
	 */
	@Nullable TicketFilter toFilter(AgentId me) {
		TicketFilter base = viewFilter(activeView(), me);
		Set<TicketStatus> statuses = base.statuses();
		TicketStatus chosen = lenient(status, TicketStatus::parse);
		if (chosen != null) {
			if (!statuses.isEmpty() && !statuses.contains(chosen)) {
				return null;
			}
			statuses = Set.of(chosen);
		}
		AgentId assigneeId = base.assignee();
		boolean unassigned = base.unassigned();
		if (present(assignee) && !fixesAssignee(activeView())) {
			unassigned = "none".equals(assignee);
			assigneeId = unassigned ? null : "me".equals(assignee) ? me : lenient(assignee, AgentId::parse);
		}
		return new TicketFilter(statuses, lenient(brand, BrandId::parse), lenient(channel, Channel::parse), assigneeId,
				unassigned, null, present(language) ? language.strip() : null, present(tag) ? tag.strip() : null,
				present(q) ? q.strip() : null, null);
	}

	/** My open and Unassigned are about the assignee, so the assignee filter does not apply to them. */
	static boolean fixesAssignee(String view) {
		return "mine".equals(view) || "unassigned".equals(view);
	}

	private static boolean present(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static <T> @Nullable T lenient(@Nullable String text, Function<String, T> parse) {
		if (!present(text)) {
			return null;
		}
		try {
			return parse.apply(text);
		}
		catch (DomainException e) {
			return null;
		}
	}
}
