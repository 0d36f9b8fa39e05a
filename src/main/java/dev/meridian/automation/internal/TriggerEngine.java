package dev.meridian.automation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.meridian.automation.Notifications;
import dev.meridian.automation.TriggerAction;
import dev.meridian.automation.TriggerCondition;
import dev.meridian.automation.TriggerEvent;
import dev.meridian.automation.WebhookTargets;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Brands;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.Routing;
import dev.meridian.routing.Tier;
import dev.meridian.shared.AuditActor;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageFallback;
import dev.meridian.shared.LanguageTag;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketFilter;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketSort;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one engine behind every trigger. For an event it runs the enabled event triggers in order; a trigger that
 * fires restarts the round with the changed ticket, and each trigger fires at most once per event, so two
 * triggers that undo each other stop after one round. Changes a trigger makes are published under its name
 * ({@link dev.meridian.ticket.TicketUpdated#rule()}) and never start another round, and each trigger acts at most
 * {@code maxRunsPerTicket} times on a ticket in all. For time, it checks each time trigger against the tickets of
 * the statuses it names and acts once per ticket, claimed in the database so that one node acts. Each firing is
 * its own transaction: a failing action (an invalid transition) undoes that firing only.
 */
@Component
public class TriggerEngine {

	private static final Logger log = LoggerFactory.getLogger(TriggerEngine.class);

	private final TriggerRuleRepository rules;
	private final TriggerRuns runs;
	private final Tickets tickets;
	private final Customers customers;
	private final Agents agents;
	private final Brands brands;
	private final Notifications notifications;
	private final Routing routing;
	private final WebhookTargets webhooks;
	private final Surveys surveys;
	private final AutomationSettings settings;
	private final TransactionTemplate transaction;
	private final Clock clock;

	TriggerEngine(TriggerRuleRepository rules, TriggerRuns runs, Tickets tickets, Customers customers, Agents agents,
			Brands brands, Notifications notifications, Routing routing, WebhookTargets webhooks, Surveys surveys,
			AutomationSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.rules = rules;
		this.runs = runs;
		this.tickets = tickets;
		this.customers = customers;
		this.agents = agents;
		this.brands = brands;
		this.notifications = notifications;
		this.routing = routing;
		this.webhooks = webhooks;
		this.surveys = surveys;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Runs the event triggers for {@code event}; answers the names of those that fired, in order. */
	public List<String> onEvent(TriggerEvent event, TicketId ticketId, @Nullable MessageId messageId,
			Set<String> changedFields, @Nullable String slaMetric) {
		List<TriggerRule> candidates = rules.findByEnabledTrueOrderByPositionAscIdAsc().stream()
			.filter(r -> !r.timeBased() && r.events().contains(event))
			.toList();
		List<String> fired = new ArrayList<>();
		log.debug("{} on ticket {}: {} candidate triggers", event.key(), ticketId, candidates.size());
		if (candidates.isEmpty()) {
			return fired;
		}
		Set<Long> done = new HashSet<>();
		Set<String> changed = Set.copyOf(changedFields);
		boolean again = true;
		while (again) {
			again = false;
			for (TriggerRule rule : candidates) {
				if (done.contains(rule.id())) {
					continue;
				}
				// Each look at the ticket is a transaction of its own, so it sees what the triggers before it did.
				Outcome outcome = transaction.execute(status -> {
					TicketView ticket = tickets.get(ticketId);
					if (ticket.status() == TicketStatus.CLOSED) {
						return Outcome.CLOSED;
					}
					TriggerFacts facts = facts(event, ticket, messageId, changed, slaMetric);
					if (!matches(rule, facts)) {
						return Outcome.NO_MATCH;
					}
					if (!runs.countRun(rule.id(), ticketId.value(), settings.maxRunsPerTicket(), clock.instant())) {
						log.warn("Trigger '{}' reached its cap of {} runs on ticket {}; it no longer acts on it",
								rule.name(), settings.maxRunsPerTicket(), ticketId);
						return Outcome.CAPPED;
					}
					act(rule, facts);
					return Outcome.FIRED;
				});
				if (outcome == Outcome.CLOSED) {
					return fired;
				}
				if (outcome == Outcome.CAPPED) {
					done.add(rule.id());
				}
				if (outcome == Outcome.FIRED) {
					log.debug("Trigger '{}' fired on ticket {} for {}", rule.name(), ticketId, event.key());
					done.add(rule.id());
					fired.add(rule.name());
					again = true;
					break;
				}
			}
		}
		return fired;
	}

	private enum Outcome {
		FIRED, NO_MATCH, CAPPED, CLOSED
	}

	/**
	 * One pass of the time triggers: every ticket a time trigger matches now gets its actions once. Answers how many
	 * firings this pass made (another node's, running at the same moment, are not counted twice: they are not made).
	 */
	public int runTimeRules() {
		int firings = 0;
		for (TriggerRule rule : rules.findByEnabledTrueOrderByPositionAscIdAsc()) {
			if (!rule.timeBased()) {
				continue;
			}
			Set<TicketStatus> statuses = new HashSet<>();
			for (TriggerCondition c : rule.conditions()) {
				if (c.field().equals("ticket.status") && c.operator().equals("is")) {
					statuses.add(TicketStatus.parse(c.value()));
				}
			}
			TicketFilter filter = TicketFilter.all().withStatuses(statuses);
			String cursor = null;
			int seen = 0;
			do {
				Slice<TicketView> page = tickets.list(filter, TicketSort.OLDEST, new PageRequest(100, cursor));
				for (TicketView ticket : page.items()) {
					seen++;
					if (runs.ranBefore(rule.id(), ticket.id().value())) {
						continue;
					}
					TriggerFacts facts = facts(null, ticket, null, Set.of(), null);
					if (!matches(rule, facts)) {
						continue;
					}
					Boolean acted = fireOnce(rule, facts);
					if (Boolean.TRUE.equals(acted)) {
						firings++;
					}
				}
				cursor = page.nextCursor();
			}
			while (cursor != null && seen < settings.timeRuleBatch());
		}
		return firings;
	}

	private @Nullable Boolean fireOnce(TriggerRule rule, TriggerFacts facts) {
		try {
			return transaction.execute(status -> {
				if (!runs.claimOnce(rule.id(), facts.ticket().id().value(), clock.instant())) {
					status.setRollbackOnly();
					return false;
				}
				act(rule, facts);
				return true;
			});
		}
		catch (RuntimeException e) {
			log.warn("Time trigger '{}' failed on ticket {}: {}", rule.name(), facts.ticket().id(), e.getMessage());
			return false;
		}
	}

	static boolean matches(TriggerRule rule, TriggerFacts facts) {
		List<TriggerCondition> conditions = rule.conditions();
		if (conditions.isEmpty()) {
			return true;
		}
		return rule.matchAll() ? conditions.stream().allMatch(c -> ConditionField.holds(c, facts))
				: conditions.stream().anyMatch(c -> ConditionField.holds(c, facts));
	}

	private void act(TriggerRule rule, TriggerFacts facts) {
		TicketId id = facts.ticket().id();
		AuditActor.as(rule.actor(), () -> {
			TicketChanges changes = changes(rule.actions(), facts.ticket());
			if (changes != null) {
				tickets.update(id, changes);
			}
			for (TriggerAction action : rule.actions()) {
				if (action instanceof TriggerAction.Reply reply) {
					TicketView ticket = tickets.get(id);
					if (ticket.status() != TicketStatus.CLOSED) {
						tickets.automaticReply(id, rule.name(), MessageBody.text(render(reply.variants(), ticket,
								customers.get(ticket.customer()))));
					}
				}
				else if (action instanceof TriggerAction.Notify notify) {
					TicketView ticket = tickets.get(id);
					Set<AgentId> to = new LinkedHashSet<>();
					if (notify.agents() != null) {
						notify.agents().forEach(a -> to.add(AgentId.parse(a)));
					}
					if (notify.assignee() && ticket.assignee() != null) {
						to.add(ticket.assignee());
					}
					String text = PlaceholderValues.render(ReplyTemplate.parse(notify.text()),
							values(ticket, customers.get(ticket.customer())), ticket, surveys);
					notifications.notify(to, id, rule.actor(), text);
				}
				else if (action instanceof TriggerAction.Escalate escalate) {
					try {
						routing.escalate(id, Tier.parse(escalate.tier()), escalate.reason(), null);
					}
					catch (DomainException e) {
						// Already at that tier, or solved meanwhile: nothing to escalate, the rest still applies.
						log.debug("Trigger '{}' did not escalate ticket {}: {}", rule.name(), id, e.getMessage());
					}
				}
				else if (action instanceof TriggerAction.CallWebhook call) {
					webhooks.send(call.webhook(), id, facts.event() == null ? "time_rule" : facts.event().key());
				}
			}
			rules.findById(rule.id()).ifPresent(r -> r.fired(clock.instant()));
		});
	}

	/** The field actions of a trigger as one change of the ticket, or null when they change nothing. */
	static @Nullable TicketChanges changes(List<TriggerAction> actions, TicketView ticket) {
		TicketStatus status = null;
		Priority priority = null;
		Optional<AgentId> assignee = null;
		Optional<TeamId> team = null;
		Set<String> tags = new LinkedHashSet<>(ticket.tags());
		for (TriggerAction action : actions) {
			if (action instanceof TriggerAction.SetStatus a && a.status() != ticket.status()) {
				status = a.status();
			}
			else if (action instanceof TriggerAction.SetPriority a && a.priority() != ticket.priority()) {
				priority = a.priority();
			}
			else if (action instanceof TriggerAction.Assign a) {
				assignee = a.agent().isEmpty() ? Optional.empty() : Optional.of(AgentId.parse(a.agent()));
			}
			else if (action instanceof TriggerAction.SetTeam a) {
				team = a.team().isEmpty() ? Optional.empty() : Optional.of(TeamId.parse(a.team()));
			}
			else if (action instanceof TriggerAction.AddTags a) {
				tags.addAll(a.tags());
			}
			else if (action instanceof TriggerAction.RemoveTags a) {
				a.tags().forEach(tags::remove);
			}
		}
		if (assignee != null && (assignee.isEmpty() ? ticket.assignee() == null : assignee.get().equals(ticket.assignee()))) {
			assignee = null;
		}
		if (team != null && (team.isEmpty() ? ticket.team() == null : team.get().equals(ticket.team()))) {
			team = null;
		}
		List<String> newTags = tags.equals(new LinkedHashSet<>(ticket.tags())) ? null : List.copyOf(tags);
		if (status == null && priority == null && assignee == null && team == null && newTags == null) {
			return null;
		}
		return new TicketChanges(status, priority, assignee, team, newTags, null);
	}

	private String render(java.util.Map<String, String> variants, TicketView ticket, CustomerView customer) {
		String language = LanguageTag.known(customer.language()) ? customer.language() : ticket.language();
		String tag = LanguageFallback.choose(language, variants.keySet()).orElseThrow();
		return PlaceholderValues.render(ReplyTemplate.parse(variants.get(tag)), values(ticket, customer), ticket, surveys);
	}

	private java.util.Map<String, String> values(TicketView ticket, CustomerView customer) {
		return PlaceholderValues.of(ticket, customer, ticket.assignee() == null ? null : agents.get(ticket.assignee()),
				brands.exists(ticket.brand()) ? brands.get(ticket.brand()) : null);
	}

	private TriggerFacts facts(@Nullable TriggerEvent event, TicketView ticket, @Nullable MessageId messageId,
			Set<String> changed, @Nullable String slaMetric) {
		MessageView message = null;
		if (messageId != null) {
			message = tickets.message(ticket.id(), messageId).orElse(null);
		}
		return new TriggerFacts(event, ticket, customers.get(ticket.customer()), message, changed, slaMetric,
				clock.instant());
	}
}
