package dev.meridian.quality.web;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Teams;
import dev.meridian.quality.Actor;
import dev.meridian.quality.QualityReports;
import dev.meridian.quality.ReportRange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The quality reports page for leads: one range and team, every report, and a CSV link beside each. */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class QualityReportPages {

	private final QualityReports reports;
	private final QualityReportController api;
	private final Teams teams;

	QualityReportPages(QualityReports reports, QualityReportController api, Teams teams) {
		this.reports = reports;
		this.api = api;
		this.teams = teams;
	}

	/** The CSV of one report for the signed-in lead (the API itself takes bearer tokens only). */
	@GetMapping("/quality/reports/{report}.csv")
	ResponseEntity<?> csv(@PathVariable String report, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String team,
			@AuthenticationPrincipal AgentPrincipal me) {
		String zone = me.timeZone().getId();
		return switch (report) {
			case "reviewers" -> api.reviewers(from, to, zone, team, "csv", me);
			case "agents" -> api.agents(from, to, zone, team, null, "csv", me);
			case "team" -> api.team(from, to, zone, team, "csv", me);
			case "red-lines" -> api.redLines(from, to, zone, team, "csv", me);
			case "agreement" -> api.agreement(from, to, zone, team, "csv", me);
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	@GetMapping("/quality/reports")
	String show(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String team, @AuthenticationPrincipal AgentPrincipal me, Model model) {
		if (!Actor.of(me).lead()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		ReportRange range = QualityReportController.range(from, to, me.timeZone().getId(), team, null, me, false);
		model.addAttribute("range", range);
		model.addAttribute("team", team == null ? "" : team);
		model.addAttribute("teams", teams.all());
		model.addAttribute("reviewers", reports.reviewers(range));
		model.addAttribute("agents", reports.agents(range));
		model.addAttribute("summary", reports.team(range));
		model.addAttribute("redLines", reports.redLines(range));
		model.addAttribute("agreement", reports.agreement(range));
		model.addAttribute("query", "from=" + range.from() + "&to=" + range.to()
				+ (range.team() == null ? "" : "&team=" + range.team()));
		return "quality/reports";
	}
}
