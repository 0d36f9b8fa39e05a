package dev.meridian.automation.web;

import java.util.Locale;

import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused action on the automation pages in the viewer's words: an htmx request (the composer's picker) gets an
 * alert in the page's {@code #flash} region, a page gets the error page with the reason.
 */
@ControllerAdvice(assignableTypes = { MacroPages.class, TriggerPages.class, NotificationPages.class, WebhookPages.class })
class AutomationErrors {

	private final MessageSource messages;

	AutomationErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		HttpStatus status = status(e);
		String text = message(e, messages, locale);
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
			response.setHeader("X-Meridian-Alert", "true");
			ModelAndView view = new ModelAndView("fragments/alert :: alert", status);
			view.addObject("alertLevel", "danger");
			view.addObject("alertText", text);
			return view;
		}
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("alertText", text);
		return view;
	}

	static HttpStatus status(DomainException e) {
		return switch (e.kind()) {
			case MALFORMED -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
		};
	}

	/**
	 * The error in the viewer's language when the bundle has it ({@code error.<code>}), with the server's sentence
	 * after it when that names specifics (the unknown placeholder).
	 */
	static String message(DomainException e, MessageSource messages, Locale locale) {
		String text = messages.getMessage("error." + e.code(), e.details().toArray(), e.getMessage(), locale);
		return text == null ? e.getMessage() : text;
	}
}
