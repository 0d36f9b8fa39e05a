package dev.meridian.knowledge.web;

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
 * A refused action on the knowledge pages, said in the viewer's language ({@code error.<code>} when a bundle has
 * it, else the server's sentence): the composer's article picker shows it in the page's {@code #flash} region, a
 * page becomes the error page.
 */
@ControllerAdvice(assignableTypes = { ArticlePages.class, ArticlePicker.class })
class KnowledgeErrors {

	private final MessageSource messages;

	KnowledgeErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		HttpStatus status = status(e);
		boolean htmx = request.getHeader("HX-Request") != null;
		ModelAndView view = new ModelAndView(htmx ? "fragments/alert :: alert" : "error", status);
		view.addObject("alertText", message(e, messages, locale));
		if (htmx) {
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
			response.setHeader("X-Meridian-Alert", "true");
			view.addObject("alertLevel", "danger");
		}
		else {
			view.addObject("status", status.value());
		}
		return view;
	}

	static HttpStatus status(DomainException e) {
		return HttpStatus.valueOf(e.httpStatus());
	}

	static String message(DomainException e, MessageSource messages, Locale locale) {
		String text = messages.getMessage("error." + e.code(), e.details().toArray(), e.getMessage(), locale);
		return text == null ? e.getMessage() : text;
	}
}
