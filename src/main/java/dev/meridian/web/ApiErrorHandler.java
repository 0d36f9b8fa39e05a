package dev.meridian.web;

import java.util.List;

import dev.meridian.shared.ApiError;
import dev.meridian.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into {@code {"code", "message", "details"}} with the right status, so a
 * client never sees a stack trace or an HTML page, and bad input never becomes a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ApiError> domain(DomainException e) {
		HttpStatus status = HttpStatus.valueOf(e.httpStatus());
		return ResponseEntity.status(status).body(new ApiError(e.code(), e.getMessage(), e.details()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimit.BodyTooLargeException) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.body(new ApiError("request.too_large", "the request body is larger than the server accepts"));
			}
		}
		Throwable cause = e.getMostSpecificCause();
		String detail = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
		return ResponseEntity.badRequest().body(new ApiError("request.malformed",
				"the request body is not valid JSON of the expected shape", detail.isEmpty() ? List.of() : List.of(detail)));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ApiError> badParameter(Exception e) {
		return ResponseEntity.badRequest().body(new ApiError("request.invalid_parameter", e.getMessage()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(new ApiError("request.unsupported_media_type", "send the body as application/json"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.body(new ApiError("request.method_not_allowed", e.getMessage()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(new ApiError("request.too_large", "the request is larger than the server accepts"));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ApiError> forbidden(Exception e) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("auth.forbidden", "your role may not do this"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ApiError> concurrent(OptimisticLockingFailureException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("conflict.concurrent_update",
				"someone else changed this at the same moment; load it again and retry"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
		log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(new ApiError("conflict.constraint", "this conflicts with existing data"));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("request.not_found", "no such endpoint"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception e) {
		log.error("Unexpected error in an API call", e);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(new ApiError("internal", "something went wrong on our side; the error was logged"));
	}
}
