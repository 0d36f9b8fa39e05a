package dev.meridian.ticket.web;

import dev.meridian.identity.AgentPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * The agent's workspace: views with live counts, the ticket list and an empty ticket pane. htmx asks for just the
 * part it swaps: the list when a filter changes, the list pane when the view changes, more rows for "Load more".
 */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class InboxPage {

	private final Workspace workspace;

	InboxPage(Workspace workspace) {
		this.workspace = workspace;
	}

	@GetMapping("/inbox")
	ModelAndView inbox(@ModelAttribute("query") InboxQuery query, @AuthenticationPrincipal AgentPrincipal me,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader("Vary", "HX-Request, HX-Target");
		workspace.list(model, query, me);
		String target = Htmx.target(request);
		if ("load-more".equals(target)) {
			return new ModelAndView("ticket/inbox :: more");
		}
		if ("ticket-list".equals(target)) {
			model.addAttribute("oob", true);
			return new ModelAndView(FragmentsRendering.fragment("ticket/inbox :: list")
				.fragment("ticket/inbox :: counts")
				.build());
		}
		workspace.choices(model);
		if ("list-pane".equals(target)) {
			model.addAttribute("oob", true);
			return new ModelAndView(FragmentsRendering.fragment("ticket/inbox :: listPane")
				.fragment("ticket/inbox :: views")
				.build());
		}
		return new ModelAndView("ticket/inbox");
	}
}
