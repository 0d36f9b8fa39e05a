package dev.meridian.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.AgentStatus;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in agent's own settings: UI language, automatic translation, time zone, availability and password. A change takes effect
 * on the next page without signing in again: the session's principal is replaced by a fresh one.
 */
@Controller
class ProfilePage {

	/** Domain error codes the profile form can meet, and the bundle key that explains each. */
	private static final Map<String, String> ERRORS = Map.of(
			"agent.weak_password", "profile.error.weak_password",
			"time_zone.invalid", "profile.error.time_zone",
			"agent.invalid_locale", "profile.error.language",
			"agent.invalid_status", "profile.error.status",
			"agent.disabled", "profile.error.disabled");

	private final Agents agents;
	private final MessageSource messages;
	private final List<Locale> locales;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	ProfilePage(Agents agents, MessageSource messages,
			@Value("${meridian.web.locales:en,zh-CN,zh-TW,ja,es,de,fr}") List<String> locales) {
		this.agents = agents;
		this.messages = messages;
		this.locales = locales.stream().map(String::trim).map(Locale::forLanguageTag).toList();
	}

	@GetMapping("/profile")
	String show(@AuthenticationPrincipal AgentPrincipal me, Model model) {
		return form(model, agents.get(me.id()));
	}

	@PostMapping("/profile")
	String save(@RequestParam String locale, @RequestParam String timeZone, @RequestParam String status,
			@RequestParam(defaultValue = "false") boolean autoTranslate, @AuthenticationPrincipal AgentPrincipal me, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale current) {
		try {
			if (!supported(locale)) {
				throw DomainException.ruleBroken("agent.invalid_locale", "'" + locale + "' is not a UI language");
			}
			agents.update(me.id(), new AgentDraft(null, null, null, null, null, null, null, null, timeZone, locale, null,
					status, null));
			agents.changeAutoTranslate(me.id(), autoTranslate);
		}
		catch (DomainException e) {
			return refused(e, current, model, response, me);
		}
		refreshPrincipal(me, request, response);
		redirect.addFlashAttribute("saved", "profile.saved");
		return "redirect:/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, @AuthenticationPrincipal AgentPrincipal me,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Locale current) {
		String problem = null;
		if (!agents.passwordMatches(me.id(), currentPassword)) {
			problem = "profile.error.current_password";
		}
		else if (!newPassword.equals(confirmPassword)) {
			problem = "profile.error.confirm_password";
		}
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("passwordError", messages.getMessage(problem, null, current));
			return form(model, agents.get(me.id()));
		}
		try {
			agents.update(me.id(), new AgentDraft(null, null, newPassword, null, null, null, null, null, null, null, null,
					null, null));
		}
		catch (DomainException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("passwordError", explain(e, current));
			return form(model, agents.get(me.id()));
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		refreshPrincipal(me, request, response);
		redirect.addFlashAttribute("saved", "profile.password.changed");
		return "redirect:/profile";
	}

	/** The language switch of the user menu: changes only the UI language and goes back to the page. */
	@PostMapping("/profile/locale")
	String switchLocale(@RequestParam String locale, @RequestParam(defaultValue = "/inbox") String back,
			@AuthenticationPrincipal AgentPrincipal me, HttpServletRequest request, HttpServletResponse response) {
		if (supported(locale)) {
			agents.update(me.id(), new AgentDraft(null, null, null, null, null, null, null, null, null, locale, null, null,
					null));
			refreshPrincipal(me, request, response);
		}
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
		return "redirect:" + (local ? back : "/inbox");
	}

	private boolean supported(String locale) {
		return locales.stream().anyMatch(l -> l.toLanguageTag().equals(locale));
	}

	private String refused(DomainException e, Locale current, Model model, HttpServletResponse response,
			AgentPrincipal me) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("preferencesError", explain(e, current));
		return form(model, agents.get(me.id()));
	}

	private String explain(DomainException e, Locale locale) {
		String key = ERRORS.get(e.code());
		return key == null ? e.getMessage() : messages.getMessage(key, null, e.getMessage(), locale);
	}

	private String form(Model model, AgentView agent) {
		Instant now = Instant.now();
		model.addAttribute("agent", agent);
		model.addAttribute("autoTranslate", agents.autoTranslates(agent.id()));
		model.addAttribute("locales", locales.stream().map(Locale::toLanguageTag).toList());
		model.addAttribute("statuses", AgentStatus.values());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream()
			.filter(z -> z.contains("/") && !z.startsWith("SystemV/") && !z.startsWith("Etc/"))
			.map(ZoneId::of)
			.sorted(Comparator.comparing((ZoneId z) -> z.getRules().getOffset(now)).reversed()
				.thenComparing(ZoneId::getId))
			.map(z -> new Zone(z.getId(), offset(z.getRules().getOffset(now))))
			.toList());
		return "identity/profile";
	}

	record Zone(String id, String offset) {
	}

	private static String offset(ZoneOffset offset) {
		return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
	}

	/**
	 * Replaces the session's principal with one read fresh from the directory, so the new language and time zone
	 * apply from the next request on, here and on any page, without signing in again.
	 */
	private void refreshPrincipal(AgentPrincipal me, HttpServletRequest request, HttpServletResponse response) {
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		AgentPrincipal fresh = new AgentPrincipal(agents.get(me.id()), null);
		UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
				fresh.getAuthorities());
		after.setDetails(before == null ? null : before.getDetails());
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(after);
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		contexts.saveContext(context, request, response);
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
