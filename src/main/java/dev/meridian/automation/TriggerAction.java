package dev.meridian.automation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a trigger does, as data: a closed set of actions, stored as JSON with a {@code type}. Field changes go
 * through the ticket's front door under the trigger's name; a reply is rendered per customer language like a
 * macro's; a notification lands in the agents' bell; an escalation asks routing for a higher tier.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = TriggerAction.SetStatus.class, name = "set_status"),
		@JsonSubTypes.Type(value = TriggerAction.SetPriority.class, name = "set_priority"),
		@JsonSubTypes.Type(value = TriggerAction.Assign.class, name = "assign"),
		@JsonSubTypes.Type(value = TriggerAction.SetTeam.class, name = "set_team"),
		@JsonSubTypes.Type(value = TriggerAction.AddTags.class, name = "add_tags"),
		@JsonSubTypes.Type(value = TriggerAction.RemoveTags.class, name = "remove_tags"),
		@JsonSubTypes.Type(value = TriggerAction.Reply.class, name = "reply"),
		@JsonSubTypes.Type(value = TriggerAction.Notify.class, name = "notify"),
		@JsonSubTypes.Type(value = TriggerAction.Escalate.class, name = "escalate"),
		@JsonSubTypes.Type(value = TriggerAction.CallWebhook.class, name = "webhook") })
public sealed interface TriggerAction {

	/** The action's {@code type} as the JSON names it, e.g. {@code set_status}. */
	@JsonIgnore
	default String kind() {
		for (JsonSubTypes.Type type : TriggerAction.class.getAnnotation(JsonSubTypes.class).value()) {
			if (type.value() == getClass()) {
				return type.name();
			}
		}
		throw new IllegalStateException(getClass() + " is not registered");
	}

	record SetStatus(TicketStatus status) implements TriggerAction {
	}

	record SetPriority(Priority priority) implements TriggerAction {
	}

	/** {@code agent} is an agent id, or empty to unassign. */
	record Assign(String agent) implements TriggerAction {
	}

	/** {@code team} is a team id, or empty to clear the team. */
	record SetTeam(String team) implements TriggerAction {
	}

	record AddTags(List<String> tags) implements TriggerAction {
	}

	record RemoveTags(List<String> tags) implements TriggerAction {
	}

	/** A reply to the customer: text per language with placeholders, chosen by the customer's language. */
	record Reply(Map<String, String> variants) implements TriggerAction {
	}

	/** An in-app notification to the named agents and, when {@code assignee}, to the ticket's assignee. */
	record Notify(@Nullable List<String> agents, boolean assignee, String text) implements TriggerAction {
	}

	/** Moves the ticket up to {@code tier} (L2, L3) with {@code reason}, through routing. */
	record Escalate(String tier, String reason) implements TriggerAction {
	}

	/** Sends the ticket to an outbound webhook subscription now, signed and retried like its events. */
	record CallWebhook(String webhook) implements TriggerAction {
	}
}
