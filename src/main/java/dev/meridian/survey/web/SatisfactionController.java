package dev.meridian.survey.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Role;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.survey.Satisfaction;
import dev.meridian.survey.SurveyInvitation;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Satisfaction")
class SatisfactionController {

	private static final Set<Role> READ_ALL = Set.of(Role.ADMIN, Role.LEAD, Role.REVIEWER);

	record SatisfactionJson(String ticket, String brand, String customer, int score, @Nullable String comment,
			Instant answeredAt) {

		static SatisfactionJson of(Satisfaction s) {
			return new SatisfactionJson(s.ticket().toString(), s.brand().toString(), s.customer().toString(), s.score(),
					s.comment(), s.answeredAt());
		}
	}

	record AnswerRequest(@Nullable Integer score, @Nullable String comment) {
	}

	record AnswerJson(String ticket, int score, @Nullable String comment, Instant answeredAt, Instant expiresAt) {
	}

	private final Surveys surveys;
	private final Tickets tickets;
	private final Clock clock;

	SatisfactionController(Surveys surveys, Tickets tickets, Clock clock) {
		this.surveys = surveys;
		this.tickets = tickets;
		this.clock = clock;
	}

	@GetMapping("/tickets/{id}/satisfaction")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "The customer's satisfaction rating of a ticket",
			description = "The latest answer: score from 1 (very dissatisfied) to 5 (very satisfied), the optional comment "
					+ "and when it was given, e.g. {\"ticket\": \"42\", \"brand\": \"1\", \"customer\": \"7\", \"score\": 4, "
					+ "\"comment\": \"Quick and friendly\", \"answeredAt\": \"2026-11-20T09:12:00Z\"}. 404 "
					+ "satisfaction.not_found while the customer has not answered.")
	SatisfactionJson ofTicket(@PathVariable String id) {
		TicketId ticket = TicketId.parse(id);
		tickets.get(ticket);
		return surveys.of(ticket).map(SatisfactionJson::of)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "satisfaction.not_found",
					"the customer has not rated ticket " + id));
	}

	@GetMapping("/satisfaction")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Satisfaction answers given in a time range",
			description = "Answers given in [from, to) (ISO-8601; the last 30 days by default), optionally of one brand "
					+ "and one score, in the order the surveys were sent; cursor-paged ({\"items\": [...], \"nextCursor\": "
					+ "\"...\"}). Leads, reviewers and admins only (403 satisfaction.forbidden otherwise).")
	Slice<SatisfactionJson> list(@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to, @RequestParam(required = false) @Nullable String brand,
			@RequestParam(required = false) @Nullable Integer score, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		AgentPrincipal me = AgentPrincipal.current();
		if (me == null || !READ_ALL.contains(me.role())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "satisfaction.forbidden",
					"leads, reviewers and admins read the satisfaction answers");
		}
		if (score != null && (score < 1 || score > 5)) {
			throw DomainException.malformed("satisfaction.invalid_score", "score must be from 1 to 5");
		}
		Instant end = to == null ? clock.instant() : to;
		Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
		return surveys.answers(start, end, brand == null ? null : BrandId.parse(brand), score,
				PageRequest.of(limit, cursor)).map(SatisfactionJson::of);
	}

	@PostMapping("/surveys/{token}/answer")
	@Operation(summary = "Answer a satisfaction survey (public)",
			description = "No sign-in: the token from the survey link is the key. Example: {\"score\": 4, \"comment\": "
					+ "\"Quick and friendly\"}. Answering again replaces the answer until the survey expires. Errors: 422 "
					+ "survey.invalid_score (not 1 to 5), 422 survey.expired, 422 survey.comment_too_long, 404 "
					+ "survey.unknown_token.")
	AnswerJson answer(@PathVariable String token, @RequestBody AnswerRequest request) {
		SurveyInvitation answered = surveys.answer(token, request.score() == null ? 0 : request.score(),
				request.comment());
		return new AnswerJson(answered.ticket().toString(), answered.score(), answered.comment(),
				answered.answeredAt(), answered.expiresAt());
	}
}
