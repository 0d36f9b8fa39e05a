package dev.meridian.sla.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.shared.DomainException;
import dev.meridian.shared.Slice;
import dev.meridian.sla.*;
import dev.meridian.sla.web.SlaRequests.OrderRequest;
import dev.meridian.sla.web.SlaRequests.PolicyRequest;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "SLA")
class SlaPolicyController {

	private static final String EXAMPLE = "Example: {\"name\": \"VIP email\", \"enabled\": true, \"position\": 0, "
			+ "\"conditions\": {\"brands\": [\"1\"], \"channels\": [\"email\"], \"marketplaces\": [], \"priorities\": "
			+ "[\"high\", \"urgent\"], \"ticketTags\": [\"vip\"]}, \"calendar\": \"2\", \"warnPercent\": 75, "
			+ "\"firstReply\": {\"minutes\": 60, \"businessHours\": true}, \"nextReply\": {\"minutes\": 240, "
			+ "\"businessHours\": true}, \"resolution\": {\"minutes\": 1440, \"businessHours\": false}}. Empty or "
			+ "missing conditions match every ticket; a missing target is not measured; calendar null counts in the "
			+ "ticket's team's calendar, else the default calendar; position (0 is first) defaults to the end.";

	record TargetJson(int minutes, boolean businessHours) {

		static @Nullable TargetJson of(@Nullable SlaTarget target) {
			return target == null ? null : new TargetJson(target.minutes(), target.businessHours());
		}
	}

	record ConditionsJson(List<String> brands, List<String> channels, List<String> marketplaces,
			List<String> priorities, List<String> ticketTags) {
	}

	record PolicyJson(String id, String name, int position, boolean enabled, ConditionsJson conditions,
			@Nullable String calendar, int warnPercent, @Nullable TargetJson firstReply, @Nullable TargetJson nextReply,
			@Nullable TargetJson resolution, Instant createdAt, Instant updatedAt) {

		static PolicyJson of(SlaPolicyView p) {
			SlaConditions c = p.conditions();
			ConditionsJson conditions = new ConditionsJson(
					c.brands().stream().map(Object::toString).sorted().toList(),
					c.channels().stream().map(Channel::key).sorted().toList(),
					c.marketplaces().stream().sorted().toList(),
					c.priorities().stream().sorted().map(Priority::key).toList(),
					c.ticketTags().stream().sorted().toList());
			return new PolicyJson(p.id().toString(), p.name(), p.position(), p.enabled(), conditions,
					p.calendar() == null ? null : p.calendar().toString(), p.warnPercent(), TargetJson.of(p.firstReply()),
					TargetJson.of(p.nextReply()), TargetJson.of(p.resolution()), p.createdAt(), p.updatedAt());
		}
	}

	private final SlaPolicies policies;
	private final SlaClock clock;

	SlaPolicyController(SlaPolicies policies, SlaClock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	@GetMapping("/sla-policies")
	@PreAuthorize("hasAuthority('directory:read')")
	@Operation(summary = "List SLA policies in the order they are tried",
			description = "All policies in one page (there are at most 200); nextCursor is always null.")
	Slice<PolicyJson> list() {
		return new Slice<>(policies.all().stream().map(PolicyJson::of).toList(), null);
	}

	@GetMapping("/sla-policies/{id}")
	@PreAuthorize("hasAuthority('directory:read')")
	PolicyJson get(@PathVariable String id) {
		return PolicyJson.of(policies.get(SlaPolicyId.parse(id)));
	}

	@PostMapping("/sla-policies")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('sla:write')")
	@Operation(summary = "Create an SLA policy", description = EXAMPLE)
	PolicyJson create(@RequestBody PolicyRequest request) {
		return PolicyJson.of(policies.create(request.toDraft(), request.position()));
	}

	@PutMapping("/sla-policies/{id}")
	@PreAuthorize("hasAuthority('sla:write')")
	@Operation(summary = "Replace an SLA policy", description = "Targets already running keep their terms until "
			+ "the ticket's priority, tags or team change. " + EXAMPLE)
	PolicyJson update(@PathVariable String id, @RequestBody PolicyRequest request) {
		return PolicyJson.of(policies.update(SlaPolicyId.parse(id), request.toDraft(), request.position()));
	}

	@DeleteMapping("/sla-policies/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('sla:write')")
	void delete(@PathVariable String id) {
		policies.delete(SlaPolicyId.parse(id));
	}

	@PutMapping("/sla-policies/order")
	@PreAuthorize("hasAuthority('sla:write')")
	@Operation(summary = "Reorder the SLA policies", description = "Example: {\"ids\": [\"3\", \"1\", \"2\"]}; the "
			+ "list names every policy once.")
	Slice<PolicyJson> reorder(@RequestBody OrderRequest request) {
		if (request.ids() == null) {
			throw DomainException.malformed("sla_policy.ids_required", "ids is required");
		}
		return new Slice<>(policies.reorder(request.ids().stream().map(SlaPolicyId::parse).toList()).stream()
			.map(PolicyJson::of)
			.toList(), null);
	}

	record TicketSlaJson(TicketId ticket, @Nullable Instant nextDueAt, List<TimerJson> targets) {
	}

	record TimerJson(String metric, @Nullable String policy, String policyName, int targetMinutes,
			boolean businessHours, @Nullable String calendar, String state, Instant startedAt, @Nullable Instant dueAt,
			@Nullable Instant warnAt, @Nullable Instant warnedAt, @Nullable Instant breachedAt,
			@Nullable Instant completedAt, @Nullable String outcome, long elapsedSeconds, long marginSeconds) {

		static TimerJson of(SlaTimerView t) {
			return new TimerJson(t.metric().key(), t.policy() == null ? null : t.policy().toString(), t.policyName(),
					t.targetMinutes(), t.businessHours(), t.calendar() == null ? null : t.calendar().toString(),
					t.state(), t.startedAt(), t.dueAt(), t.warnAt(), t.warnedAt(), t.breachedAt(), t.completedAt(),
					t.outcome(), t.elapsed().toSeconds(), t.margin().toSeconds());
		}
	}

	@GetMapping("/tickets/{id}/sla")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "A ticket's service levels",
			description = "Every target measured on the ticket, oldest first: first reply, resolution, and one next "
					+ "reply per customer message that waited for an answer. state is running, paused, done or "
					+ "cancelled; outcome achieved or breached (breached as soon as a running target passes dueAt); "
					+ "marginSeconds is the time left, or, negative, by how much the target was missed.")
	TicketSlaJson ticket(@PathVariable String id) {
		TicketSla sla = clock.of(TicketId.parse(id));
		return new TicketSlaJson(sla.ticket(), sla.nextDueAt(), sla.targets().stream().map(TimerJson::of).toList());
	}
}
