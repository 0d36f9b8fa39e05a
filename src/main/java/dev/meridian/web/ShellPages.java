package dev.meridian.web;

import dev.meridian.identity.AgentPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the front door of the UI. */
@Controller
class ShellPages {

	@GetMapping("/")
	String home() {
		return "redirect:/inbox";
	}

	/** Spring Security's form login posts here; the page only shows the form and what happened last time. */
	@GetMapping("/login")
	String login() {
		return AgentPrincipal.current() != null ? "redirect:/inbox" : "login";
	}
}
