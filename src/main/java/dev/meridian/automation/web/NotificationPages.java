package dev.meridian.automation.web;

import dev.meridian.automation.Notifications;
import dev.meridian.identity.AgentPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The bell in the top bar: the unread count (polled) and the latest notifications (on opening). */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class NotificationPages {

	static final int SHOWN = 15;

	private final Notifications notifications;

	NotificationPages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications/count")
	String count(@AuthenticationPrincipal AgentPrincipal me, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("unread", notifications.unread(me.id()));
		return "automation/bell :: count";
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal AgentPrincipal me, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("notifications", notifications.of(me.id(), SHOWN, null));
		return "automation/bell :: list";
	}

	/** Opening the bell reads everything in it. */
	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal AgentPrincipal me, Model model) {
		notifications.markAllRead(me.id());
		model.addAttribute("unread", 0L);
		return "automation/bell :: count";
	}
}
