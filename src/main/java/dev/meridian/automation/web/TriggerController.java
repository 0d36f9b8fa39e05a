package dev.meridian.automation.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.automation.TriggerAction;
import dev.meridian.automation.TriggerCondition;
import dev.meridian.automation.TriggerDraft;
import dev.meridian.automation.TriggerEvent;
import dev.meridian.automation.TriggerId;
import dev.meridian.automation.TriggerView;
import dev.meridian.automation.Triggers;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/triggers")
@PreAuthorize("hasAuthority('automation:write')")
@Tag(name = "Triggers")
class TriggerController {

	static final String EXAMPLE = "Example event trigger: {\"name\": \"VIP to L2\", \"enabled\": true, \"activator\": "
			+ "\"event\", \"events\": [\"ticket_created\", \"message_received\"], \"match\": \"all\", \"conditions\": "
			+ "[{\"field\": \"ticket.tags\", \"operator\": \"contains\", \"value\": \"vip\"}, {\"field\": "
			+ "\"customer.language\", \"operator\": \"is\", \"value\": \"de\"}], \"actions\": [{\"type\": "
			+ "\"set_priority\", \"priority\": \"high\"}, {\"type\": \"add_tags\", \"tags\": [\"vip-de\"]}, {\"type\": "
			+ "\"notify\", \"agents\": [\"7\"], \"assignee\": true, \"text\": \"VIP ticket #{{ticket.number}}\"}]}. "
			+ "Example time trigger: {\"name\": \"Close solved after 4 days\", \"activator\": \"time\", \"events\": [], "
			+ "\"match\": \"all\", \"conditions\": [{\"field\": \"ticket.status\", \"operator\": \"is\", \"value\": "
			+ "\"solved\"}, {\"field\": \"ticket.hours_since_solved\", \"operator\": \"greater_than\", \"value\": \"96\"}], "
			+ "\"actions\": [{\"type\": \"set_status\", \"status\": \"closed\"}]}. Actions: set_status, set_priority, "
			+ "assign (agent), set_team (team), add_tags, remove_tags (tags), reply (variants: language → text with "
			+ "placeholders), notify (agents, assignee, text), escalate (tier, reason), webhook (webhook). Fields and "
			+ "operators are listed in docs/automation.md.";

	record TriggerJson(String id, String name, boolean enabled, int position, String activator, List<String> events,
			String match, List<TriggerCondition> conditions, List<TriggerAction> actions, long fireCount,
			@Nullable Instant lastFiredAt, Instant createdAt, Instant updatedAt) {

		static TriggerJson of(TriggerView t) {
			return new TriggerJson(t.id().toString(), t.name(), t.enabled(), t.position(), t.timeBased() ? "time" : "event",
					t.events().stream().map(TriggerEvent::key).sorted().toList(), t.matchAll() ? "all" : "any",
					t.conditions(), t.actions(), t.fireCount(), t.lastFiredAt(), t.createdAt(), t.updatedAt());
		}
	}

	record TriggerRequest(@Nullable String name, @Nullable Boolean enabled, @Nullable String activator,
			@Nullable List<String> events, @Nullable String match, @Nullable List<TriggerCondition> conditions,
			@Nullable List<TriggerAction> actions, @Nullable Integer position) {

		TriggerDraft toDraft() {
			boolean time = "time".equals(activator);
			if (activator != null && !time && !"event".equals(activator)) {
				throw DomainException.malformed("automation.invalid_activator", "activator must be event or time");
			}
			if (match != null && !"all".equals(match) && !"any".equals(match)) {
				throw DomainException.malformed("automation.invalid_match", "match must be all or any");
			}
			Set<TriggerEvent> parsed = events == null ? Set.of()
					: Set.copyOf(events.stream().map(TriggerEvent::parse).toList());
			return new TriggerDraft(name == null ? "" : name, enabled == null || enabled, time, parsed,
					!"any".equals(match), conditions == null ? List.of() : conditions,
					actions == null ? List.of() : actions);
		}
	}

	private final Triggers triggers;

	TriggerController(Triggers triggers) {
		this.triggers = triggers;
	}

	@GetMapping
	@Operation(summary = "List triggers in the order they run", description = "All in one page; nextCursor is always null.")
	Slice<TriggerJson> list() {
		return new Slice<>(triggers.all().stream().map(TriggerJson::of).toList(), null);
	}

	@GetMapping("/{id}")
	TriggerJson get(@PathVariable String id) {
		return TriggerJson.of(triggers.get(TriggerId.parse(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a trigger", description = EXAMPLE)
	TriggerJson create(@RequestBody TriggerRequest request) {
		return TriggerJson.of(triggers.create(request.toDraft(), request.position()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a trigger", description = EXAMPLE)
	TriggerJson update(@PathVariable String id, @RequestBody TriggerRequest request) {
		return TriggerJson.of(triggers.update(TriggerId.parse(id), request.toDraft(), request.position()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		triggers.delete(TriggerId.parse(id));
	}
}
