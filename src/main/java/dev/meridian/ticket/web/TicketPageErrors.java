package dev.meridian.ticket.web;

import java.net.URI;
import java.util.Locale;

import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Tells the agent in words what went wrong on the inbox and ticket pages, never with a stack trace. An htmx
 * request gets an alert swapped into the page's {@code #flash} region with the real status code; a form posted
 * without htmx goes back where it came from with the alert as a flash attribute; a page that cannot be shown
 * becomes the error page with the reason.
 */
@ControllerAdvice(assignableTypes = { InboxPage.class, TicketPages.class })
class TicketPageErrors {

	private static final Logger log = LoggerFactory.getLogger(TicketPageErrors.class);

	private final MessageSource messages;

	TicketPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = HttpStatus.valueOf(e.httpStatus());
		return alert(request, response, status, "error." + e.code(), e.getMessage());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ModelAndView forbidden(Exception e, HttpServletRequest request, HttpServletResponse response) {
		return alert(request, response, HttpStatus.FORBIDDEN, "alert.forbidden", null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrent(Exception e, HttpServletRequest request, HttpServletResponse response) {
		return alert(request, response, HttpStatus.CONFLICT, "alert.concurrent_update", null);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
		log.debug("Bad page request {}: {}", request.getRequestURI(), e.getMessage());
		return alert(request, response, HttpStatus.BAD_REQUEST, "alert.bad_request", null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) {
		return alert(request, response, HttpStatus.CONTENT_TOO_LARGE, "alert.too_large", null);
	}

	private ModelAndView alert(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String key, @Nullable String detail) {
		Locale locale = LocaleContextHolder.getLocale();
		String fallback = detail != null ? detail : messages.getMessage("alert.generic", null, locale);
		String text = messages.getMessage(key, null, fallback, locale);
		// The server's own sentence adds the specifics (e.g. which statuses are allowed) when the bundle's is generic.
		String more = detail != null && !detail.equals(text) ? detail : null;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
			response.setHeader("X-Meridian-Alert", "true");
			ModelAndView view = new ModelAndView("fragments/alert :: alert", status);
			view.addObject("alertLevel", "danger");
			view.addObject("alertText", text);
			view.addObject("alertDetail", more);
			return view;
		}
		String back = sameSiteReferer(request);
		if (!"GET".equals(request.getMethod()) && back != null) {
			var flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("alertLevel", "danger");
			flash.put("alertText", text);
			flash.put("alertDetail", more);
			return new ModelAndView("redirect:" + back);
		}
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("alertText", text);
		view.addObject("alertDetail", more);
		return view;
	}

	/** The path of the page that sent the form, when it is one of ours. */
	private static @Nullable String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
