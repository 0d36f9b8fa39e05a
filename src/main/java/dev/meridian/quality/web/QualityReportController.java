package dev.meridian.quality.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.TeamId;
import dev.meridian.quality.Actor;
import dev.meridian.quality.QualityReport.AgentFlags;
import dev.meridian.quality.QualityReport.Agreement;
import dev.meridian.quality.QualityReport.Count;
import dev.meridian.quality.QualityReport.RedLine;
import dev.meridian.quality.QualityReport.ReviewerDay;
import dev.meridian.quality.QualityReport.TeamSummary;
import dev.meridian.quality.QualityReports;
import dev.meridian.quality.ReportRange;
import dev.meridian.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports/quality")
@Tag(name = "Quality reports")
@PreAuthorize("hasAuthority('ticket:read')")
class QualityReportController {

	static final String PARAMS = " Parameters: from and to (dates, both included; default the last 28 days), timeZone "
			+ "(default UTC), team or agent (ids) to narrow it, format=csv for a CSV file. Leads and admins only; an "
			+ "agent may read the agents report for agent=me.";

	private final QualityReports reports;

	QualityReportController(QualityReports reports) {
		this.reports = reports;
	}

	@GetMapping("/reviewers")
	@Operation(summary = "Conversations re-reviewed per reviewer and day", description = "By the day the review was "
			+ "submitted, in timeZone." + PARAMS)
	ResponseEntity<?> reviewers(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String timeZone, @RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String format, @AuthenticationPrincipal AgentPrincipal me) {
		ReportRange range = range(from, to, timeZone, team, null, me, false);
		List<ReviewerDay> rows = reports.reviewers(range);
		if (csv(format)) {
			Csv csv = new Csv("date", "reviewer", "reviewerName", "reviewed");
			rows.forEach(r -> csv.row(r.date(), r.reviewer(), r.name(), r.reviewed()));
			return csv.response("quality-reviewers.csv");
		}
		return ResponseEntity.ok(new Items<>(rows));
	}

	@GetMapping("/agents")
	@Operation(summary = "What each agent is flagged for most, with the weekly trend",
			description = "Categories, items and business types by the number of conversations flagged, most first. A "
					+ "reviewed conversation's flags are the items its review took points for; otherwise the automatic "
					+ "hits." + PARAMS)
	ResponseEntity<?> agents(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String timeZone, @RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String agent, @RequestParam(required = false) @Nullable String format,
			@AuthenticationPrincipal AgentPrincipal me) {
		ReportRange range = range(from, to, timeZone, team, agent, me, true);
		List<AgentFlags> rows = reports.agents(range);
		if (csv(format)) {
			Csv csv = new Csv("agent", "agentName", "conversations", "flagged", "kind", "key", "flaggedConversations");
			for (AgentFlags a : rows) {
				emit(csv, a, "category", a.categories());
				emit(csv, a, "item", a.items());
				emit(csv, a, "business_type", a.businessTypes());
				a.weeks().forEach(w -> csv.row(a.agent(), a.name(), w.conversations(), w.flagged(), "week", w.week(), w.flagged()));
			}
			return csv.response("quality-agents.csv");
		}
		return ResponseEntity.ok(new Items<>(rows));
	}

	@GetMapping("/team")
	@Operation(summary = "Team averages and distributions of automatic and human scores",
			description = "Scores as percentages of the scorecard's points; distributions in buckets 0–59, 60–69, "
					+ "70–79, 80–89, 90–100; per agent the averages and red lines." + PARAMS)
	ResponseEntity<?> team(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String timeZone, @RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String format, @AuthenticationPrincipal AgentPrincipal me) {
		TeamSummary summary = reports.team(range(from, to, timeZone, team, null, me, false));
		if (csv(format)) {
			Csv csv = new Csv("agent", "agentName", "conversations", "autoAverage", "reviewed", "reviewAverage", "redLines");
			summary.agents().forEach(a -> csv.row(a.agent(), a.name(), a.conversations(), round(a.autoAverage()),
					a.reviewed(), round(a.reviewAverage()), a.redLines()));
			csv.row("", "all", summary.conversations(), round(summary.autoAverage()), summary.reviewed(),
					round(summary.reviewAverage()), "");
			return csv.response("quality-team.csv");
		}
		return ResponseEntity.ok(summary);
	}

	@GetMapping("/red-lines")
	@Operation(summary = "Red-line incidents, newest first", description = "source is auto, review or both." + PARAMS)
	ResponseEntity<?> redLines(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String timeZone, @RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String format, @AuthenticationPrincipal AgentPrincipal me) {
		List<RedLine> rows = reports.redLines(range(from, to, timeZone, team, null, me, false));
		if (csv(format)) {
			Csv csv = new Csv("ticket", "number", "agent", "agentName", "item", "source", "solvedAt", "excerpt");
			rows.forEach(r -> csv.row(r.ticket(), r.number(), r.agent(), r.agentName(), r.item(), r.source(), r.solvedAt(),
					r.excerpt()));
			return csv.response("quality-red-lines.csv");
		}
		return ResponseEntity.ok(new Items<>(rows));
	}

	@GetMapping("/agreement")
	@Operation(summary = "Agreement between automatic inspection and reviewers",
			description = "Over conversations both scored: the share with the same verdict, the share of items both "
					+ "flagged or both passed, the mean absolute score difference in percentage points, per item." + PARAMS)
	ResponseEntity<?> agreement(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String timeZone, @RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String format, @AuthenticationPrincipal AgentPrincipal me) {
		Agreement agreement = reports.agreement(range(from, to, timeZone, team, null, me, false));
		if (csv(format)) {
			Csv csv = new Csv("item", "conversations", "agree", "autoOnly", "humanOnly");
			agreement.items().forEach(i -> csv.row(i.item(), i.conversations(), i.agree(), i.autoOnly(), i.humanOnly()));
			return csv.response("quality-agreement.csv");
		}
		return ResponseEntity.ok(agreement);
	}

	record Items<T>(List<T> items) {
	}

	static ReportRange range(@Nullable String from, @Nullable String to, @Nullable String timeZone,
			@Nullable String team, @Nullable String agent, AgentPrincipal me, boolean agentMayAskForThemselves) {
		ZoneId zone;
		try {
			zone = timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException e) {
			throw DomainException.malformed("report.invalid_time_zone", "'" + timeZone + "' is not a time zone such as Asia/Shanghai");
		}
		LocalDate end = date(to, LocalDate.now(zone));
		LocalDate start = date(from, end.minusDays(27));
		AgentId who = agent == null || agent.isBlank() ? null : "me".equals(agent) ? me.id() : AgentId.parse(agent);
		if (!Actor.of(me).lead() && !(agentMayAskForThemselves && me.id().equals(who))) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "report.lead_only",
					"quality reports are for leads; an agent may read their own flags (agents?agent=me)");
		}
		return new ReportRange(start, end, zone, team == null || team.isBlank() ? null : TeamId.parse(team), who);
	}

	private static LocalDate date(@Nullable String text, LocalDate otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.malformed("report.invalid_date", "'" + text + "' is not a date such as 2026-11-02");
		}
	}

	private static boolean csv(@Nullable String format) {
		return "csv".equalsIgnoreCase(format);
	}

	private static void emit(Csv csv, AgentFlags a, String kind, List<Count> counts) {
		counts.forEach(c -> csv.row(a.agent(), a.name(), a.conversations(), a.flagged(), kind, c.key(), c.conversations()));
	}

	private static @Nullable Double round(@Nullable Double value) {
		return value == null ? null : Math.round(value * 10) / 10.0;
	}
}
