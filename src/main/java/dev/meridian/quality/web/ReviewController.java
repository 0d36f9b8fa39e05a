package dev.meridian.quality.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.quality.Actor;
import dev.meridian.quality.BusinessType;
import dev.meridian.quality.Calibration;
import dev.meridian.quality.DisputeId;
import dev.meridian.quality.ItemScore;
import dev.meridian.quality.ReviewId;
import dev.meridian.quality.ReviewSubmission;
import dev.meridian.quality.Reviews;
import dev.meridian.quality.SamplingPlanDraft;
import dev.meridian.quality.SamplingPlanId;
import dev.meridian.quality.SamplingPlanKind;
import dev.meridian.quality.SamplingPlanView;
import dev.meridian.quality.SamplingPlans;
import dev.meridian.quality.SamplingRun;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quality")
class ReviewController {

	record AssignRequest(@Nullable String ticket, @Nullable String reviewer) {
	}

	record CalibrateRequest(@Nullable String ticket, @Nullable List<String> reviewers) {
	}

	record ScoreRequest(@Nullable String item, @Nullable Integer points, @Nullable Boolean breached,
			@Nullable String note) {
	}

	record SubmitRequest(@Nullable List<ScoreRequest> scores, @Nullable String comment,
			@Nullable List<String> businessTypes) {

		ReviewSubmission toSubmission() {
			if (scores == null) {
				throw DomainException.malformed("review.scores_required", "scores is required");
			}
			List<ItemScore> items = scores.stream().map(s -> {
				if (s.item() == null) {
					throw DomainException.malformed("review.item_required", "every score names its item");
				}
				return new ItemScore(s.item(), s.points() == null ? 0 : s.points(), Boolean.TRUE.equals(s.breached()),
						s.note());
			}).toList();
			Set<BusinessType> types = businessTypes == null ? Set.of()
					: Set.copyOf(businessTypes.stream().map(BusinessType::parse).toList());
			return new ReviewSubmission(items, comment, types);
		}
	}

	record DisputeRequest(@Nullable String item, @Nullable String reason) {
	}

	record DecisionRequest(@Nullable Boolean upheld, @Nullable Integer points, @Nullable String note) {
	}

	record PlanRequest(@Nullable String name, @Nullable String kind, @Nullable Integer sharePercent,
			@Nullable String tag, @Nullable Integer maxScore, @Nullable Boolean enabled, @Nullable List<String> reviewers) {

		SamplingPlanDraft toDraft() {
			if (kind == null) {
				throw DomainException.malformed("sampling_plan.kind_required", "kind is required: random_share, red_line, tag or low_csat");
			}
			return new SamplingPlanDraft(name == null ? "" : name, SamplingPlanKind.parse(kind),
					sharePercent == null ? 0 : sharePercent, tag,
					maxScore == null ? SamplingPlanDraft.DEFAULT_MAX_SCORE : maxScore, !Boolean.FALSE.equals(enabled),
					reviewers == null ? List.of() : reviewers.stream().map(AgentId::parse).toList());
		}
	}

	record PlanJson(String id, String name, String kind, int sharePercent, @Nullable String tag, int maxScore,
			boolean enabled,
			List<String> reviewers) {

		static PlanJson of(SamplingPlanView p) {
			return new PlanJson(p.id().toString(), p.name(), p.kind().key(), p.sharePercent(), p.tag(), p.maxScore(),
					p.enabled(),
					p.reviewers().stream().map(AgentId::toString).toList());
		}
	}

	record RunRequest(@Nullable String week) {
	}

	record CalibrationJson(String ticket, List<Map<String, Object>> reviews, @Nullable Double mean,
			@Nullable Double variance, Map<String, Calibration.Spread> items) {
	}

	private final Reviews reviews;
	private final SamplingPlans plans;

	ReviewController(Reviews reviews, SamplingPlans plans) {
		this.reviews = reviews;
		this.plans = plans;
	}

	@GetMapping("/reviews")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Reviews: waiting for my scores, or an agent's submitted reviews",
			description = "?reviewer=me lists the reviews assigned to me and not yet submitted; ?agent=me (or an agent "
					+ "id, for leads) lists an agent's submitted reviews, newest first.")
	Slice<ReviewJson> list(@RequestParam(required = false) @Nullable String reviewer,
			@RequestParam(required = false) @Nullable String agent, @AuthenticationPrincipal AgentPrincipal me) {
		Actor actor = Actor.of(me);
		if ("me".equals(reviewer)) {
			return new Slice<>(reviews.toReview(actor).stream().map(ReviewJson::of).toList(), null);
		}
		if (agent != null) {
			AgentId who = "me".equals(agent) ? me.id() : AgentId.parse(agent);
			return new Slice<>(reviews.ofAgent(who, actor).stream().map(ReviewJson::of).toList(), null);
		}
		throw DomainException.malformed("review.filter_required", "say reviewer=me or agent=me (or an agent id)");
	}

	@PostMapping("/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Assign a solved conversation to a reviewer (leads)",
			description = "Example: {\"ticket\": \"42\", \"reviewer\": \"7\"}. 403 review.own_conversation when the "
					+ "reviewer is the conversation's agent; 422 review.not_inspected before it was solved.")
	ReviewJson assign(@RequestBody AssignRequest request, @AuthenticationPrincipal AgentPrincipal me) {
		if (request.ticket() == null || request.reviewer() == null) {
			throw DomainException.malformed("review.ticket_and_reviewer_required", "ticket and reviewer are required");
		}
		return ReviewJson.of(reviews.assign(TicketId.parse(request.ticket()), AgentId.parse(request.reviewer()), Actor.of(me)));
	}

	@GetMapping("/reviews/{id}")
	@PreAuthorize("hasAuthority('ticket:read')")
	ReviewJson get(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me) {
		return ReviewJson.of(reviews.get(ReviewId.parse(id), Actor.of(me)));
	}

	@PutMapping("/reviews/{id}/scores")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Submit a review's scores",
			description = "Example: {\"scores\": [{\"item\": \"greeting\", \"points\": 10}, {\"item\": "
					+ "\"sensitive_data\", \"points\": 0, \"breached\": true, \"note\": \"card number in reply 2\"}], "
					+ "\"comment\": \"...\", \"businessTypes\": [\"refund\"]}. One score per item of the review's "
					+ "scorecard version; only the assigned reviewer, never the conversation's agent.")
	ReviewJson submit(@PathVariable String id, @RequestBody SubmitRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		return ReviewJson.of(reviews.submit(ReviewId.parse(id), request.toSubmission(), Actor.of(me)));
	}

	@PostMapping("/reviews/{id}/disputes")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Dispute an item of my review", description = "Example: {\"item\": \"greeting\", \"reason\": "
			+ "\"I greeted in the first line\"}. Once per item.")
	ReviewJson.DisputeJson dispute(@PathVariable String id, @RequestBody DisputeRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (request.item() == null) {
			throw DomainException.malformed("dispute.item_required", "item is required");
		}
		return ReviewJson.DisputeJson.of(reviews.dispute(ReviewId.parse(id), request.item(),
				request.reason() == null ? "" : request.reason(), Actor.of(me)));
	}

	@GetMapping("/disputes")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Open disputes, oldest first (leads)")
	Slice<ReviewJson.DisputeJson> disputes(@AuthenticationPrincipal AgentPrincipal me) {
		return new Slice<>(reviews.openDisputes(Actor.of(me)).stream().map(ReviewJson.DisputeJson::of).toList(), null);
	}

	@PostMapping("/disputes/{id}/decision")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Decide a dispute (leads)", description = "Example: {\"upheld\": true, \"points\": 10, "
			+ "\"note\": \"greeting was there\"}; points default to the item's full points. Answers the review.")
	ReviewJson decide(@PathVariable String id, @RequestBody DecisionRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (request.upheld() == null) {
			throw DomainException.malformed("dispute.upheld_required", "upheld is required");
		}
		return ReviewJson.of(reviews.decide(DisputeId.parse(id), request.upheld(), request.points(), request.note(),
				Actor.of(me)));
	}

	@PostMapping("/calibrations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Have several reviewers score one conversation (leads)",
			description = "Example: {\"ticket\": \"42\", \"reviewers\": [\"7\", \"9\", \"12\"]}.")
	Slice<ReviewJson> calibrate(@RequestBody CalibrateRequest request, @AuthenticationPrincipal AgentPrincipal me) {
		if (request.ticket() == null || request.reviewers() == null) {
			throw DomainException.malformed("calibration.ticket_and_reviewers_required", "ticket and reviewers are required");
		}
		return new Slice<>(reviews.calibrate(TicketId.parse(request.ticket()),
				request.reviewers().stream().map(AgentId::parse).toList(), Actor.of(me)).stream().map(ReviewJson::of).toList(),
				null);
	}

	@GetMapping("/calibrations/{ticket}")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "How far the reviewers of one conversation agree (leads)",
			description = "Each reviewer's score, the mean and population variance of the submitted scores, and per "
					+ "item the lowest and highest points given.")
	CalibrationJson calibration(@PathVariable String ticket, @AuthenticationPrincipal AgentPrincipal me) {
		Calibration c = reviews.calibration(TicketId.parse(ticket), Actor.of(me));
		List<Map<String, Object>> entries = c.reviews().stream().map(e -> {
			Map<String, Object> entry = new java.util.LinkedHashMap<>();
			entry.put("review", e.review().toString());
			entry.put("reviewer", e.reviewer().toString());
			entry.put("status", e.status().key());
			entry.put("score", e.score());
			return entry;
		}).toList();
		return new CalibrationJson(c.ticket().toString(), entries, c.mean(), c.variance(), c.items());
	}

	@GetMapping("/sampling-plans")
	@PreAuthorize("hasAuthority('ticket:read')")
	Slice<PlanJson> plans() {
		return new Slice<>(plans.all().stream().map(PlanJson::of).toList(), null);
	}

	@PostMapping("/sampling-plans")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('quality:configure')")
	@Operation(summary = "Create a sampling plan", description = "Example: {\"name\": \"Refunds\", \"kind\": \"tag\", "
			+ "\"tag\": \"refund\", \"reviewers\": [\"7\", \"9\"]}; kinds random_share (with sharePercent per agent and "
			+ "week), red_line (every failed conversation), tag and low_csat (every conversation whose latest "
			+ "satisfaction rating is at most maxScore, default 2).")
	PlanJson createPlan(@RequestBody PlanRequest request) {
		return PlanJson.of(plans.create(request.toDraft()));
	}

	@PutMapping("/sampling-plans/{id}")
	@PreAuthorize("hasAuthority('quality:configure')")
	PlanJson updatePlan(@PathVariable String id, @RequestBody PlanRequest request) {
		return PlanJson.of(plans.update(SamplingPlanId.parse(id), request.toDraft()));
	}

	@PostMapping("/sampling-plans/{id}/runs")
	@PreAuthorize("hasAuthority('quality:configure')")
	@Operation(summary = "Sample one week now", description = "Example: {\"week\": \"2026-11-16\"}: the week (Monday "
			+ "to Sunday, UTC) that contains the date. Running a week again samples nothing new.")
	SamplingRun run(@PathVariable String id, @RequestBody RunRequest request) {
		if (request.week() == null) {
			throw DomainException.malformed("sampling_plan.week_required", "week is required, e.g. 2026-11-16");
		}
		try {
			return plans.run(SamplingPlanId.parse(id), LocalDate.parse(request.week()));
		}
		catch (DateTimeParseException e) {
			throw DomainException.malformed("sampling_plan.invalid_week", "week is a date such as 2026-11-16");
		}
	}
}
