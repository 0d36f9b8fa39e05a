package dev.meridian.web;

import java.io.IOException;

import dev.meridian.shared.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers API requests that reach no controller (an unknown path, a method or media type no endpoint takes)
 * with the JSON error body. {@link ApiErrorHandler} only sees errors inside API controllers; without this, these
 * would get the generic error page's body.
 */
@Component
class ApiRoutingErrors implements HandlerExceptionResolver, Ordered {

	private final ObjectMapper json;

	ApiRoutingErrors(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception e) {
		if (handler instanceof HandlerMethod || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| response.isCommitted()) {
			return null;
		}
		ApiError error;
		HttpStatus status;
		if (e instanceof NoResourceFoundException) {
			status = HttpStatus.NOT_FOUND;
			error = new ApiError("request.not_found", "no such endpoint");
		}
		else if (e instanceof HttpRequestMethodNotSupportedException unsupported) {
			status = HttpStatus.METHOD_NOT_ALLOWED;
			error = new ApiError("request.method_not_allowed", unsupported.getMessage());
			if (unsupported.getSupportedMethods() != null) {
				response.setHeader(HttpHeaders.ALLOW,
						StringUtils.arrayToCommaDelimitedString(unsupported.getSupportedMethods()));
			}
		}
		else if (e instanceof HttpMediaTypeNotSupportedException) {
			status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			error = new ApiError("request.unsupported_media_type", "send the body as application/json");
		}
		else if (e instanceof HttpMediaTypeNotAcceptableException) {
			status = HttpStatus.NOT_ACCEPTABLE;
			error = new ApiError("request.not_acceptable", "this endpoint answers application/json");
		}
		else {
			return null;
		}
		try {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), error);
			return new ModelAndView();
		}
		catch (IOException | RuntimeException writeFailed) {
			return null;
		}
	}
}
