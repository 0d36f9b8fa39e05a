package dev.meridian.ticket.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** What htmx tells the server about a request: whether it swaps part of a page, and which part. */
final class Htmx {

	private Htmx() {
	}

	/** A request htmx made to swap part of a page; a history restore wants the whole page. */
	static boolean partial(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/** The id of the element the response will replace, for a partial request. */
	static @Nullable String target(HttpServletRequest request) {
		return partial(request) ? request.getHeader("HX-Target") : null;
	}
}
