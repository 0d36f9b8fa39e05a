package dev.meridian.automation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.automation.internal.ConditionField;
import dev.meridian.automation.internal.ReplyTemplate;
import dev.meridian.automation.internal.TriggerRule;
import dev.meridian.automation.internal.TriggerRuleRepository;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.Teams;
import dev.meridian.routing.Tier;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordered list of triggers. Event triggers react to ticket and SLA events, time triggers are checked
 * periodically; both are data (conditions and actions of a closed vocabulary) checked here when saved, and run by
 * one engine.
 */
@Service
@Transactional
public class Triggers {

	static final int MAX_TRIGGERS = 200;
	static final int MAX_CONDITIONS = 20;
	static final int MAX_ACTIONS = 20;

	private final TriggerRuleRepository rules;
	private final Agents agents;
	private final Teams teams;
	private final WebhookTargets webhooks;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Triggers(TriggerRuleRepository rules, Agents agents, Teams teams, WebhookTargets webhooks,
			ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.agents = agents;
		this.teams = teams;
		this.webhooks = webhooks;
		this.events = events;
		this.clock = clock;
	}

	/** In the order they run. */
	@Transactional(readOnly = true)
	public List<TriggerView> all() {
		return rules.findAllByOrderByPositionAscIdAsc().stream().map(TriggerRule::view).toList();
	}

	@Transactional(readOnly = true)
	public TriggerView get(TriggerId id) {
		return find(id).view();
	}

	/** Adds a trigger at the end of the list, or at {@code position} (0 is first). */
	public TriggerView create(TriggerDraft draft, @Nullable Integer position) {
		TriggerDraft checked = check(draft);
		List<TriggerRule> ordered = new ArrayList<>(rules.findAllByOrderByPositionAscIdAsc());
		if (ordered.size() >= MAX_TRIGGERS) {
			throw DomainException.ruleBroken("automation.too_many_triggers", "at most " + MAX_TRIGGERS + " triggers");
		}
		TriggerRule rule = new TriggerRule(ordered.size(), clock.instant());
		revise(rule, checked);
		rules.saveAndFlush(rule);
		ordered.add(at(position, ordered.size()), rule);
		renumber(ordered);
		audit(rule, "created");
		return rule.view();
	}

	public TriggerView update(TriggerId id, TriggerDraft draft, @Nullable Integer position) {
		TriggerDraft checked = check(draft);
		TriggerRule rule = find(id);
		revise(rule, checked);
		if (position != null) {
			List<TriggerRule> ordered = new ArrayList<>(rules.findAllByOrderByPositionAscIdAsc());
			ordered.remove(rule);
			ordered.add(at(position, ordered.size()), rule);
			renumber(ordered);
		}
		audit(rule, "updated");
		return rule.view();
	}

	public void delete(TriggerId id) {
		TriggerRule rule = find(id);
		rules.delete(rule);
		rules.flush();
		renumber(new ArrayList<>(rules.findAllByOrderByPositionAscIdAsc()));
		audit(rule, "deleted");
	}

	private void revise(TriggerRule rule, TriggerDraft d) {
		rule.revise(d.name(), d.enabled(), d.timeBased(), d.events(), d.matchAll(), d.conditions(), d.actions(),
				clock.instant());
	}

	private static int at(@Nullable Integer position, int size) {
		return position == null ? size : Math.max(0, Math.min(position, size));
	}

	private static void renumber(List<TriggerRule> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i);
		}
	}

	/** Checks a draft against the vocabulary and answers it normalized. */
	TriggerDraft check(TriggerDraft draft) {
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.isEmpty()) {
			throw DomainException.malformed("automation.trigger_name_required", "a trigger needs a name");
		}
		if (name.length() > 200) {
			throw DomainException.ruleBroken("automation.trigger_name_too_long", "a name has at most 200 characters");
		}
		if (draft.conditions().size() > MAX_CONDITIONS || draft.actions().size() > MAX_ACTIONS) {
			throw DomainException.ruleBroken("automation.trigger_too_large",
					"a trigger has at most " + MAX_CONDITIONS + " conditions and " + MAX_ACTIONS + " actions");
		}
		List<TriggerCondition> conditions = draft.conditions().stream().map(ConditionField::check).toList();
		if (draft.timeBased()) {
			if (!draft.events().isEmpty()) {
				throw DomainException.ruleBroken("automation.time_trigger_events",
						"a time trigger runs on the clock, not on events; leave events empty");
			}
			boolean bounded = draft.matchAll() && conditions.stream()
				.anyMatch(c -> c.field().equals("ticket.status") && c.operator().equals("is"));
			if (!bounded) {
				throw DomainException.ruleBroken("automation.time_trigger_status",
						"a time trigger needs all conditions to match and one of them to be 'ticket.status is …'");
			}
		}
		else if (draft.events().isEmpty()) {
			throw DomainException.ruleBroken("automation.trigger_events_required",
					"an event trigger needs at least one event");
		}
		if (draft.actions().isEmpty()) {
			throw DomainException.ruleBroken("automation.trigger_actions_required", "a trigger needs at least one action");
		}
		List<TriggerAction> actions = draft.actions().stream().map(this::check).toList();
		return new TriggerDraft(name, draft.enabled(), draft.timeBased(), draft.events(), draft.matchAll(), conditions,
				actions);
	}

	private TriggerAction check(TriggerAction action) {
		if (action == null) {
		throw DomainException.malformed("automation.invalid_action", "an action is missing");
		}
		if (action instanceof TriggerAction.SetStatus a) {
			if (a.status() == null) {
				throw DomainException.malformed("automation.invalid_action", "set_status needs a status");
			}
			return a;
		}
		if (action instanceof TriggerAction.SetPriority a) {
			if (a.priority() == null) {
				throw DomainException.malformed("automation.invalid_action", "set_priority needs a priority");
			}
			return a;
		}
		if (action instanceof TriggerAction.Assign a) {
			String agent = a.agent() == null ? "" : a.agent().strip();
			if (!agent.isEmpty() && !agents.exists(AgentId.parse(agent))) {
				throw DomainException.ruleBroken("automation.unknown_agent", "agent " + agent + " does not exist");
			}
			return new TriggerAction.Assign(agent);
		}
		if (action instanceof TriggerAction.SetTeam a) {
			String team = a.team() == null ? "" : a.team().strip();
			if (!team.isEmpty() && !teams.exists(TeamId.parse(team))) {
				throw DomainException.ruleBroken("automation.unknown_team", "team " + team + " does not exist");
			}
			return new TriggerAction.SetTeam(team);
		}
		if (action instanceof TriggerAction.AddTags a) {
		return new TriggerAction.AddTags(tags(a.tags()));
		}
		if (action instanceof TriggerAction.RemoveTags a) {
		return new TriggerAction.RemoveTags(tags(a.tags()));
		}
		if (action instanceof TriggerAction.Reply a) {
			if (a.variants() == null || a.variants().isEmpty()) {
				throw DomainException.ruleBroken("automation.reply_text_required", "a reply needs a text");
			}
			Map<String, String> variants = new java.util.TreeMap<>();
			a.variants().forEach((language, text) -> {
				if (text == null || text.isBlank()) {
					throw DomainException.ruleBroken("automation.reply_text_required", "a reply needs a text");
				}
				ReplyTemplate.parse(text);
				variants.put(LanguageTag.normalize(language), text.strip());
			});
			return new TriggerAction.Reply(variants);
		}
		if (action instanceof TriggerAction.Notify a) {
			if (a.text() == null || a.text().isBlank()) {
				throw DomainException.ruleBroken("automation.notify_text_required", "a notification needs a text");
			}
			ReplyTemplate.parse(a.text());
			List<String> recipients = a.agents() == null ? List.of() : a.agents().stream().map(String::strip).toList();
			for (String agent : recipients) {
				if (!agents.exists(AgentId.parse(agent))) {
					throw DomainException.ruleBroken("automation.unknown_agent", "agent " + agent + " does not exist");
				}
			}
			if (recipients.isEmpty() && !a.assignee()) {
				throw DomainException.ruleBroken("automation.notify_recipients_required",
						"a notification needs agents or the assignee");
			}
			return new TriggerAction.Notify(recipients, a.assignee(), a.text().strip());
		}
		if (action instanceof TriggerAction.Escalate a) {
			Tier tier = Tier.parse(a.tier() == null ? "" : a.tier());
			if (a.reason() == null || a.reason().isBlank()) {
				throw DomainException.malformed("routing.escalation_reason_required", "an escalation needs a reason");
			}
			return new TriggerAction.Escalate(tier.name(), a.reason().strip());
		}
		if (action instanceof TriggerAction.CallWebhook a) {
			webhooks.requireExists(a.webhook());
			return a;
		}
		throw DomainException.malformed("automation.invalid_action", "unknown action");
	}

	private static List<String> tags(@Nullable List<String> tags) {
		List<String> cleaned = tags == null ? List.of()
				: tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT).replace(' ', '-')).filter(t -> !t.isEmpty())
					.distinct().toList();
		if (cleaned.isEmpty()) {
			throw DomainException.ruleBroken("automation.tags_required", "name at least one tag");
		}
		return cleaned;
	}

	private void audit(TriggerRule rule, String action) {
		events.publishEvent(new AuditableChange("trigger", Long.toString(rule.id()), action, Map.of("name", rule.name())));
	}

	private TriggerRule find(TriggerId id) {
		return rules.findById(id.value()).orElseThrow(() -> DomainException.notFound("trigger", id));
	}
}
