package dev.meridian.identity.web;

import java.util.List;
import java.util.Locale;

import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the admin pages share: the htmx check, form-text parsing, and one answer for a page whose brand,
 * team or agent does not exist: a 404 page inside the admin shell instead of an error page.
 */
@ControllerAdvice(assignableTypes = { AdminBrandPages.class, AdminTeamPages.class, AdminAgentPages.class })
class AdminPages {

	private final MessageSource messages;

	AdminPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	String problem(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		response.setStatus(e.httpStatus());
		String section = section(request.getRequestURI().substring(request.getContextPath().length()));
		model.addAttribute("section", section);
		model.addAttribute("problem", FormError.of(e, messages, locale).message());
		return "admin/problem";
	}

	/** A request htmx made to swap part of a page; a history restore wants the whole page. */
	static boolean partial(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}


	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	static String section(String path) {
		if (path.startsWith("/admin/teams")) {
			return "teams";
		}
		if (path.startsWith("/admin/agents")) {
			return "agents";
		}
		return "brands";
	}
}
