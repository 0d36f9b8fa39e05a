package dev.meridian.shared;

import java.util.List;

/**
 * A broken business rule or a bad request, with a stable {@code code} that API clients can rely on
 * (for example {@code ticket.invalid_transition}) and a {@link Kind} that decides the HTTP status.
 */
public class DomainException extends RuntimeException {

	/** What went wrong, and the HTTP status that says it to a client or a browser. */
	public enum Kind {
		MALFORMED(400), NOT_FOUND(404), CONFLICT(409), RULE_BROKEN(422), FORBIDDEN(403), TOO_LARGE(413);

		private final int httpStatus;

		Kind(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		public int httpStatus() {
			return httpStatus;
		}
	}

	private final String code;
	private final Kind kind;
	private final List<String> details;

	public DomainException(Kind kind, String code, String message, List<String> details) {
		super(message);
		this.kind = kind;
		this.code = code;
		this.details = List.copyOf(details);
	}

	public DomainException(Kind kind, String code, String message) {
		this(kind, code, message, List.of());
	}

	public static DomainException notFound(String what, Object id) {
		return new DomainException(Kind.NOT_FOUND, what + ".not_found", what + " " + id + " does not exist");
	}

	public static DomainException ruleBroken(String code, String message) {
		return new DomainException(Kind.RULE_BROKEN, code, message);
	}

	public static DomainException malformed(String code, String message) {
		return new DomainException(Kind.MALFORMED, code, message);
	}

	public static DomainException conflict(String code, String message) {
		return new DomainException(Kind.CONFLICT, code, message);
	}

	public String code() {
		return code;
	}

	public int httpStatus() {
		return kind.httpStatus();
	}

	public Kind kind() {
		return kind;
	}

	public List<String> details() {
		return details;
	}
}
