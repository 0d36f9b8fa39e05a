package dev.meridian.ticket.web;

import java.time.ZoneId;
import java.util.*;
import java.util.stream.Collectors;

import dev.meridian.customer.CustomerId;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.identity.Permission;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.TeamView;
import dev.meridian.identity.Teams;
import dev.meridian.shared.LanguageTag;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.QuotedHistory;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.*;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts together what the agent's workspace shows: the views with their counts, a page of the ticket list with
 * names instead of ids, and the open ticket with its conversation, fields and customer.
 */
@Component
class Workspace {

	static final int PAGE_SIZE = 25;

	private static final int OTHER_TICKETS = 8;

	private final Tickets tickets;
	private final Customers customers;
	private final Agents agents;
	private final Brands brands;
	private final Teams teams;
	private final MessageSource messages;

	Workspace(Tickets tickets, Customers customers, Agents agents, Brands brands, Teams teams, MessageSource messages) {
		this.messages = messages;
		this.tickets = tickets;
		this.customers = customers;
		this.agents = agents;
		this.brands = brands;
		this.teams = teams;
	}

	/** A filter in force, shown as a chip that removes it. */
	record Chip(String label, String removeUrl) {
	}

	/**
	 * A row of the ticket list, with the names the agent reads and the zone of the customer's clock when it is known
	 * or can be told from their country.
	 */
	record Row(TicketView ticket, String customerName, @Nullable String assigneeName, String brandName,
			@Nullable ZoneId customerZone) {
	}

	/** Live counts per view, in the order of {@link InboxQuery#VIEWS}. */
	Map<String, Long> counts(AgentId me) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String view : InboxQuery.VIEWS) {
			counts.put(view, tickets.count(InboxQuery.viewFilter(view, me)));
		}
		return counts;
	}

	/** The views, the list page and the link to the next page, for the inbox list and its fragments. */
	void list(Model model, InboxQuery query, AgentPrincipal me) {
		TicketFilter filter = query.toFilter(me.id());
		Slice<TicketView> page = filter == null ? new Slice<>(List.of(), null)
				: tickets.list(filter, query.activeSort(), PageRequest.of(PAGE_SIZE, query.cursor()));
		model.addAttribute("query", query);
		model.addAttribute("view", query.activeView());
		model.addAttribute("views", InboxQuery.VIEWS);
		model.addAttribute("counts", counts(me.id()));
		model.addAttribute("rows", rows(page.items()));
		model.addAttribute("total", filter == null ? 0 : query.cursor() == null ? tickets.count(filter) : -1);
		model.addAttribute("chips", chips(query, me));
		model.addAttribute("moreUrl", page.nextCursor() == null ? null : query.toUrl(page.nextCursor()));
		model.addAttribute("searchIndex", searchIndexNotice(query));
	}

	/**
	 * The search index's progress while it is being built and the agent searches text: the results then come from
	 * the slower substring search, and saying so explains both the wait and the missing word forms. Null otherwise.
	 */
	private @Nullable SearchIndexStatus searchIndexNotice(InboxQuery query) {
		if (query.q() == null || query.q().isBlank()) {
			return null;
		}
		SearchIndexStatus status = tickets.searchIndex();
		return status.state() == SearchIndexStatus.State.READY ? null : status;
	}

	/** The filters in force beyond the view, in words, each with the address of the list without it. */
	List<Chip> chips(InboxQuery query, AgentPrincipal me) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Chip> chips = new ArrayList<>();
		if (present(query.status())) {
			chip(chips, query, "status", word("status." + query.status(), query.status(), locale));
		}
		if (present(query.assignee())) {
			String who = switch (query.assignee()) {
				case "me" -> word("filters.assignee_me", "me", locale);
				case "none" -> word("filters.assignee_none", "none", locale);
				default -> agentNames().entrySet().stream()
					.filter(e -> e.getKey().toString().equals(query.assignee()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(query.assignee());
			};
			chip(chips, query, "assignee", who);
		}
		if (present(query.brand())) {
			chip(chips, query, "brand", brandNames().entrySet().stream()
				.filter(e -> e.getKey().toString().equals(query.brand()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(query.brand()));
		}
		if (present(query.channel())) {
			chip(chips, query, "channel", word("channel." + query.channel(), query.channel(), locale));
		}
		if (present(query.language())) {
			String name = LanguageTag.displayName(query.language(), locale);
			chip(chips, query, "language", name.isBlank() ? query.language() : name);
		}
		if (present(query.tag())) {
			chip(chips, query, "tag", word("filters.tag", "tag", locale) + ": " + query.tag());
		}
		return chips;
	}

	private static void chip(List<Chip> chips, InboxQuery query, String field, String label) {
		chips.add(new Chip(label, query.without(field).toUrl(null)));
	}

	private String word(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

	private static boolean present(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	/** The choices of the filter bar and the ticket's fields. */
	void choices(Model model) {
		model.addAttribute("brands", brands.all());
		model.addAttribute("agents", agents.all().stream().filter(AgentView::enabled).toList());
		model.addAttribute("teams", teams.all());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("sorts", TicketSort.values());
		model.addAttribute("languages", LanguageChoices.of(tickets.languages(), LocaleContextHolder.getLocale()));
	}

	List<Row> rows(List<TicketView> views) {
		Map<CustomerId, CustomerView> people = customers.getAll(views.stream().map(TicketView::customer).toList());
		Map<AgentId, String> agentNames = agentNames();
		Map<BrandId, String> brandNames = brandNames();
		return views.stream()
			.map(t -> {
				CustomerView customer = people.get(t.customer());
				return new Row(t, customerName(customer), t.assignee() == null ? null : agentNames.get(t.assignee()),
						brandNames.getOrDefault(t.brand(), ""), customer == null ? null : customer.localZone().orElse(null));
			})
			.toList();
	}

	Row row(TicketView ticket) {
		return rows(List.of(ticket)).get(0);
	}

	/** The open ticket: conversation, fields, customer and links, plus what the viewer may do with it. */
	void ticket(Model model, TicketId id, AgentPrincipal me) {
		TicketView ticket = tickets.get(id);
		CustomerView customer = customers.get(ticket.customer());
		List<MessageView> conversation = tickets.conversation(id);
		Map<AgentId, String> agentNames = agentNames();
		model.addAttribute("ticket", ticket);
		model.addAttribute("row", row(ticket));
		model.addAttribute("customer", customer);
		model.addAttribute("customerZone", customer.localZone().orElse(null));
		model.addAttribute("customerZoneGuessed", customer.localZoneGuessed());
		List<String> offered = new ArrayList<>(LanguageChoices.DETECTED);
		offered.addAll(tickets.languages());
		if (ticket.language() != null) {
			offered.add(ticket.language());
		}
		model.addAttribute("ticketLanguages", LanguageChoices.of(offered, LocaleContextHolder.getLocale()));
		model.addAttribute("conversation", conversation);
		model.addAttribute("publicMessages", conversation.stream().filter(m -> m.kind() != MessageKind.NOTE).count());
		model.addAttribute("brandName", brandNames().getOrDefault(ticket.brand(), ""));
		model.addAttribute("assigneeName", ticket.assignee() == null ? null : agentNames.get(ticket.assignee()));
		model.addAttribute("teamName", ticket.team() == null ? null
				: teams.all().stream().filter(t -> t.id().equals(ticket.team())).map(TeamView::name).findFirst().orElse(null));
		model.addAttribute("nextStatuses", nextStatuses(ticket.status()));
		model.addAttribute("submitAs", submitAs(ticket.status()));
		model.addAttribute("related", related(ticket));
		model.addAttribute("otherTickets", tickets.list(TicketFilter.all().withCustomer(customer.id()), TicketSort.NEWEST,
				PageRequest.of(OTHER_TICKETS + 1, null)).items().stream()
			.filter(t -> !t.id().equals(id))
			.limit(OTHER_TICKETS)
			.toList());
		translation(model, ticket, conversation, me);
		model.addAttribute("quotes", quotes(conversation));
		model.addAttribute("canWrite", me.may(Permission.TICKET_WRITE));
		model.addAttribute("canNote", me.may(Permission.TICKET_NOTE));
		model.addAttribute("canMerge", me.may(Permission.TICKET_MERGE));
		model.addAttribute("me", me);
	}

	/**
	 * What the ticket view offers to translate: the messages in a language other than the agent's (by a button, or
	 * at once when the agent chose automatic translation), and the composer's translation of the agent's reply into
	 * the ticket's language when that is not the agent's own.
	 */
	private void translation(Model model, TicketView ticket, List<MessageView> conversation, AgentPrincipal me) {
		String agentLanguage = agentLanguage(me);
		model.addAttribute("agentLanguage", agentLanguage);
		model.addAttribute("autoTranslate", agents.autoTranslates(me.id()));
		model.addAttribute("translatable", conversation.stream()
			.filter(m -> m.agentOriginal() == null && foreign(m.language(), agentLanguage))
			.map(m -> m.id().toString())
			.collect(Collectors.toSet()));
		model.addAttribute("replyLanguage", foreign(ticket.language(), agentLanguage) ? ticket.language() : null);
	}

	/**
	 * Customers' messages split into what they wrote this time and the quoted history and signature below it, which
	 * the conversation folds away; only messages that have such a part are in the map.
	 */
	static Map<String, QuotedHistory> quotes(List<MessageView> conversation) {
		Map<String, QuotedHistory> quotes = new HashMap<>();
		for (MessageView m : conversation) {
			if (m.kind() != MessageKind.INBOUND) {
				continue;
			}
			QuotedHistory split = m.html() != null ? QuotedHistory.ofHtml(m.html()) : QuotedHistory.ofText(m.body());
			if (split.collapsed()) {
				quotes.put(m.id().toString(), split);
			}
		}
		return quotes;
	}

	/** The agent's UI language as a BCP 47 tag: the language they read and write. */
	static String agentLanguage(AgentPrincipal me) {
		String tag = me.locale().toLanguageTag();
		return LanguageTag.known(tag) ? LanguageTag.normalize(tag) : "en";
	}

	/**
	 * Whether a text in {@code language} needs translating for someone who reads {@code reader}: another language, or
	 * the other Chinese script (zh-CN and zh-TW readers each get the other's text translated).
	 */
	static boolean foreign(@Nullable String language, String reader) {
		if (!LanguageTag.known(language)) {
			return false;
		}
		Locale text = Locale.forLanguageTag(language);
		Locale agent = Locale.forLanguageTag(reader);
		if (!text.getLanguage().equals(agent.getLanguage())) {
			return true;
		}
		return "zh".equals(text.getLanguage()) && traditional(text) != traditional(agent);
	}

	private static boolean traditional(Locale chinese) {
		return "Hant".equals(chinese.getScript()) || Set.of("TW", "HK", "MO").contains(chinese.getCountry());
	}

	static String customerName(@Nullable CustomerView customer) {
		if (customer == null) {
			return "";
		}
		if (!customer.name().isBlank()) {
			return customer.name();
		}
		return customer.email() != null ? customer.email() : "#" + customer.id();
	}

	/** The statuses the ticket's select offers: where it is now, then where it may go. */
	static List<TicketStatus> nextStatuses(TicketStatus current) {
		List<TicketStatus> choices = new ArrayList<>();
		choices.add(current);
		Arrays.stream(TicketStatus.values()).filter(current::canMoveTo).forEach(choices::add);
		return choices;
	}

	/** The status a reply leaves the ticket in unless the agent picks another: pending waits for the customer. */
	static TicketStatus submitAs(TicketStatus current) {
		return current == TicketStatus.SOLVED ? TicketStatus.SOLVED : TicketStatus.PENDING;
	}

	/** Ticket numbers of the tickets this one follows up, was merged into or was split from. */
	private Map<String, TicketView> related(TicketView ticket) {
		Map<String, TicketView> related = new LinkedHashMap<>();
		put(related, "follow_up_of", ticket.followUpOf());
		put(related, "merged_into", ticket.mergedInto());
		put(related, "split_from", ticket.splitFrom());
		return related;
	}

	private void put(Map<String, TicketView> related, String key, @Nullable TicketId id) {
		if (id != null) {
			related.put(key, tickets.get(id));
		}
	}

	private Map<AgentId, String> agentNames() {
		return agents.all().stream().collect(Collectors.toMap(AgentView::id, AgentView::name));
	}

	private Map<BrandId, String> brandNames() {
		return brands.all().stream().collect(Collectors.toMap(BrandView::id, BrandView::name));
	}
}
