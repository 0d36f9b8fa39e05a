package dev.meridian.automation;

import java.util.List;
import java.util.Set;

/**
 * A trigger as an admin writes it. An {@code event} trigger reacts to {@code events}; a {@code time} trigger is
 * checked periodically and acts at most once per ticket. {@code matchAll} true needs every condition, false any.
 */
public record TriggerDraft(String name, boolean enabled, boolean timeBased, Set<TriggerEvent> events,
		boolean matchAll, List<TriggerCondition> conditions, List<TriggerAction> actions) {

	public TriggerDraft {
		events = Set.copyOf(events);
		conditions = List.copyOf(conditions);
		actions = List.copyOf(actions);
	}
}
