package dev.meridian.survey.web;

import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The rating badge in the head of the agent's ticket view: the score with its face and the comment, if any. */
@Controller
class SatisfactionBadge {

	private final Surveys surveys;

	SatisfactionBadge(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/tickets/{id}/satisfaction")
	@PreAuthorize("hasAuthority('ticket:read')")
	String badge(@PathVariable String id, Model model) {
		model.addAttribute("rating", surveys.of(TicketId.parse(id)).orElse(null));
		model.addAttribute("icons", SurveyPage.ICONS);
		return "survey/badge :: badge";
	}
}
