package dev.meridian.routing.web;

import java.util.Locale;
import java.util.Optional;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.routing.AgentAvailability;
import dev.meridian.routing.Presence;
import dev.meridian.routing.Routing;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's routing controls: the presence switch in the user menu and the "Get next ticket" button. */
@Controller
class RoutingPages {

	private final AgentAvailability availability;
	private final Routing routing;
	private final MessageSource messages;

	RoutingPages(AgentAvailability availability, Routing routing, MessageSource messages) {
		this.availability = availability;
		this.routing = routing;
		this.messages = messages;
	}

	@PostMapping("/routing/presence")
	@PreAuthorize("hasAuthority('ticket:read')")
	String presence(@AuthenticationPrincipal AgentPrincipal me, @RequestParam String presence,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect, Locale locale) {
		Presence chosen = Presence.parse(presence);
		availability.setPresence(me.id(), chosen);
		redirect.addFlashAttribute("alertLevel", "success");
		redirect.addFlashAttribute("alertText", messages.getMessage("presence.now." + chosen.key(), null, locale));
		return "redirect:" + localPath(back);
	}

	/** Assigns the agent the most urgent ticket they may take and opens it; says so when there is none. */
	@PostMapping("/routing/next")
	@PreAuthorize("hasAuthority('ticket:write')")
	String next(@AuthenticationPrincipal AgentPrincipal me, RedirectAttributes redirect, Locale locale) {
		Optional<TicketId> ticket;
		try {
			ticket = routing.nextTicketFor(me.id());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("alertLevel", "warning");
			redirect.addFlashAttribute("alertText",
					messages.getMessage("error." + e.code(), null, e.getMessage(), locale));
			return "redirect:/inbox";
		}
		if (ticket.isEmpty()) {
			redirect.addFlashAttribute("alertLevel", "info");
			redirect.addFlashAttribute("alertText", messages.getMessage("routing.next.none", null, locale));
			return "redirect:/inbox";
		}
		return "redirect:/tickets/" + ticket.get();
	}

	/** Only a path on this site, so a crafted link cannot send the agent elsewhere after the switch. */
	static String localPath(@Nullable String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
				|| back.chars().anyMatch(c -> c < 0x20)) {
			return "/inbox";
		}
		return back;
	}
}
