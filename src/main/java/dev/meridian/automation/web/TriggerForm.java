package dev.meridian.automation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.automation.TriggerAction;
import dev.meridian.automation.TriggerCondition;
import dev.meridian.automation.TriggerDraft;
import dev.meridian.automation.TriggerEvent;
import dev.meridian.automation.TriggerView;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.shared.TypedList;

/**
 * The trigger form as the admin page posts it: conditions and actions are rows of plain fields. An action row has
 * a type, an option and a value: the option is the language of a reply, the recipients of a notification
 * ({@code assignee} and/or agents' emails) or the tier of an escalation; the value is the status, priority, agent
 * email, team name, tags, text, reason or webhook id. Several reply rows make one reply with a text per language.
 */
public class TriggerForm {

	static final int ROWS = 6;

	public static class ConditionRow {

		private String field = "";
		private String operator = "";
		private String value = "";

		public String getField() {
			return field;
		}

		public void setField(String field) {
			this.field = field == null ? "" : field;
		}

		public String getOperator() {
			return operator;
		}

		public void setOperator(String operator) {
			this.operator = operator == null ? "" : operator;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value == null ? "" : value;
		}
	}

	public static class ActionRow {

		private String type = "";
		private String option = "";
		private String value = "";

		ActionRow() {
		}

		ActionRow(String type, String option, String value) {
			this.type = type;
			this.option = option;
			this.value = value;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type == null ? "" : type;
		}

		public String getOption() {
			return option;
		}

		public void setOption(String option) {
			this.option = option == null ? "" : option;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value == null ? "" : value;
		}
	}

	/** How agent and team references read in the form: ids in the data, emails and names on the page. */
	record Directory(Function<String, String> agentEmail, Function<String, String> agentId,
			Function<String, String> teamName, Function<String, String> teamId) {
	}

	private String name = "";
	private boolean enabled = true;
	private String activator = "event";
	private List<String> events = new ArrayList<>();
	private String match = "all";
	private List<ConditionRow> conditions = new ArrayList<>();
	private List<ActionRow> actions = new ArrayList<>();

	static TriggerForm blank() {
		TriggerForm form = new TriggerForm();
		form.pad();
		return form;
	}

	static TriggerForm of(TriggerView trigger, Directory directory) {
		TriggerForm form = new TriggerForm();
		form.name = trigger.name();
		form.enabled = trigger.enabled();
		form.activator = trigger.timeBased() ? "time" : "event";
		form.events = trigger.events().stream().map(TriggerEvent::key).sorted().collect(Collectors.toCollection(ArrayList::new));
		form.match = trigger.matchAll() ? "all" : "any";
		for (TriggerCondition c : trigger.conditions()) {
			ConditionRow row = new ConditionRow();
			row.field = c.field();
			row.operator = c.operator();
			row.value = c.value();
			form.conditions.add(row);
		}
		for (TriggerAction a : trigger.actions()) {
			form.actions.addAll(rows(a, directory));
		}
		form.pad();
		return form;
	}

	private static List<ActionRow> rows(TriggerAction a, Directory d) {
		if (a instanceof TriggerAction.SetStatus s) {
			return List.of(new ActionRow("set_status", "", s.status().key()));
		}
		if (a instanceof TriggerAction.SetPriority p) {
			return List.of(new ActionRow("set_priority", "", p.priority().key()));
		}
		if (a instanceof TriggerAction.Assign x) {
			return List.of(new ActionRow("assign", "", x.agent().isEmpty() ? "" : d.agentEmail().apply(x.agent())));
		}
		if (a instanceof TriggerAction.SetTeam t) {
			return List.of(new ActionRow("set_team", "", t.team().isEmpty() ? "" : d.teamName().apply(t.team())));
		}
		if (a instanceof TriggerAction.AddTags t) {
			return List.of(new ActionRow("add_tags", "", String.join(", ", t.tags())));
		}
		if (a instanceof TriggerAction.RemoveTags t) {
			return List.of(new ActionRow("remove_tags", "", String.join(", ", t.tags())));
		}
		if (a instanceof TriggerAction.Reply r) {
			return r.variants().entrySet().stream().map(e -> new ActionRow("reply", e.getKey(), e.getValue())).toList();
		}
		if (a instanceof TriggerAction.Notify n) {
			List<String> to = new ArrayList<>();
			if (n.assignee()) {
				to.add("assignee");
			}
			if (n.agents() != null) {
				n.agents().forEach(id -> to.add(d.agentEmail().apply(id)));
			}
			return List.of(new ActionRow("notify", String.join(", ", to), n.text()));
		}
		if (a instanceof TriggerAction.Escalate e) {
			return List.of(new ActionRow("escalate", e.tier(), e.reason()));
		}
		if (a instanceof TriggerAction.CallWebhook w) {
			return List.of(new ActionRow("webhook", "", w.webhook()));
		}
		return List.of();
	}

	void pad() {
		while (conditions.size() < ROWS || conditions.stream().noneMatch(c -> c.field.isBlank())) {
			conditions.add(new ConditionRow());
		}
		while (actions.size() < ROWS || actions.stream().noneMatch(a -> a.type.isBlank())) {
			actions.add(new ActionRow());
		}
	}

	TriggerDraft toDraft(Directory d) {
		List<TriggerCondition> parsedConditions = conditions.stream()
			.filter(c -> !c.field.isBlank())
			.map(c -> new TriggerCondition(c.field, c.operator, c.value))
			.toList();
		List<TriggerAction> parsedActions = new ArrayList<>();
		Map<String, String> replies = new LinkedHashMap<>();
		for (ActionRow row : actions) {
			String value = row.value.strip();
			switch (row.type) {
				case "" -> {
				}
				case "set_status" -> parsedActions.add(new TriggerAction.SetStatus(TicketStatus.parse(value)));
				case "set_priority" -> parsedActions.add(new TriggerAction.SetPriority(Priority.parse(value)));
				case "assign" -> parsedActions.add(new TriggerAction.Assign(value.isEmpty() ? "" : d.agentId().apply(value)));
				case "set_team" -> parsedActions.add(new TriggerAction.SetTeam(value.isEmpty() ? "" : d.teamId().apply(value)));
				case "add_tags" -> parsedActions.add(new TriggerAction.AddTags(TypedList.split(value)));
				case "remove_tags" -> parsedActions.add(new TriggerAction.RemoveTags(TypedList.split(value)));
				case "reply" -> {
					String language = row.option.isBlank() ? "en" : row.option.strip();
					if (replies.put(language, row.value) != null) {
						throw DomainException.ruleBroken("automation.duplicate_variant", "two replies for " + language);
					}
				}
				case "notify" -> {
					List<String> to = TypedList.split(row.option);
					boolean assignee = to.stream().anyMatch(t -> t.equalsIgnoreCase("assignee"));
					List<String> agents = to.stream().filter(t -> !t.equalsIgnoreCase("assignee"))
						.map(d.agentId()).toList();
					parsedActions.add(new TriggerAction.Notify(agents, assignee, row.value));
				}
				case "escalate" -> parsedActions.add(new TriggerAction.Escalate(row.option, value));
				case "webhook" -> parsedActions.add(new TriggerAction.CallWebhook(value));
				default -> throw DomainException.malformed("automation.invalid_action", "unknown action " + row.type);
			}
		}
		if (!replies.isEmpty()) {
			parsedActions.add(new TriggerAction.Reply(replies));
		}
		boolean time = "time".equals(activator);
		Set<TriggerEvent> parsedEvents = time ? Set.of()
				: events.stream().filter(e -> !e.isBlank()).map(TriggerEvent::parse).collect(Collectors.toSet());
		return new TriggerDraft(name, enabled, time, parsedEvents, !"any".equals(match), parsedConditions, parsedActions);
	}


	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getActivator() {
		return activator;
	}

	public void setActivator(String activator) {
		this.activator = activator == null ? "event" : activator;
	}

	public List<String> getEvents() {
		return events;
	}

	public void setEvents(List<String> events) {
		this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
	}

	public String getMatch() {
		return match;
	}

	public void setMatch(String match) {
		this.match = match == null ? "all" : match;
	}

	public List<ConditionRow> getConditions() {
		return conditions;
	}

	public void setConditions(List<ConditionRow> conditions) {
		this.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions);
	}

	public List<ActionRow> getActions() {
		return actions;
	}

	public void setActions(List<ActionRow> actions) {
		this.actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
	}
}
