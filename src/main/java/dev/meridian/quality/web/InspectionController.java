package dev.meridian.quality.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Role;
import dev.meridian.quality.InspectionRun;
import dev.meridian.quality.InspectionView;
import dev.meridian.quality.Inspections;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quality")
class InspectionController {

	record HitJson(String rule, String ruleKind, String item, @Nullable String message, int start, int end,
			String excerpt, @Nullable String detail) {
	}

	record InspectionJson(String id, String ticket, @Nullable String agent, String brand, String channel,
			@Nullable String scorecardVersion, @Nullable Integer score, @Nullable Integer maxScore, boolean failed,
			List<HitJson> hits, @Nullable Instant solvedAt, Instant inspectedAt, String trigger) {

		static InspectionJson of(InspectionView i) {
			return new InspectionJson(i.id().toString(), i.ticket().toString(),
					i.agent() == null ? null : i.agent().toString(), i.brand().toString(), i.channel().key(),
					i.scorecardVersion() == null ? null : i.scorecardVersion().toString(), i.score(), i.maxScore(),
					i.failed(), i.hits().stream().map(h -> new HitJson(h.rule().toString(), h.ruleKind(), h.item(),
							h.message() == null ? null : h.message().toString(), h.start(), h.end(), h.excerpt(), h.detail()))
						.toList(),
					i.solvedAt(), i.inspectedAt(), i.trigger().key());
		}
	}

	record RunRequest(@Nullable Instant from, @Nullable Instant to) {
	}

	record RunJson(Instant from, Instant to, int inspected, @Nullable Instant resumeFrom) {
	}

	private final Inspections inspections;

	InspectionController(Inspections inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/tickets/{id}/inspection")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "A solved ticket's automatic inspection",
			description = "Score out of maxScore (0 and failed true when a red line was crossed) and every hit with its "
					+ "evidence: message id and the span [start, end) of its text. An agent sees the inspections of their "
					+ "own conversations only; leads, reviewers and admins see all. 404 quality.not_inspected before the "
					+ "ticket is solved.")
	InspectionJson of(@PathVariable String id) {
		InspectionView inspection = inspections.of(TicketId.parse(id))
			.orElseThrow(() -> DomainException.notFound("quality.inspection", id));
		AgentPrincipal me = AgentPrincipal.current();
		if (me != null && me.role() == Role.AGENT && !me.id().equals(inspection.agent())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "quality.not_your_conversation",
					"agents see the inspections of their own conversations only");
		}
		return InspectionJson.of(inspection);
	}

	@PostMapping("/inspections/runs")
	@PreAuthorize("hasAuthority('quality:configure')")
	@Operation(summary = "Inspect the conversations solved in a time range",
			description = "Example: {\"from\": \"2026-11-01T00:00:00Z\", \"to\": \"2026-11-08T00:00:00Z\"}. Inspects "
					+ "again with today's rules and scorecards, at most 5000 conversations per call; resumeFrom, when set, "
					+ "is the 'from' of the next call.")
	RunJson run(@RequestBody RunRequest request) {
		if (request.from() == null || request.to() == null) {
			throw DomainException.malformed("inspection.range_required", "from and to are required");
		}
		InspectionRun run = inspections.run(request.from(), request.to());
		return new RunJson(run.from(), run.to(), run.inspected(), run.resumeFrom());
	}
}
