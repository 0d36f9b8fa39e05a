package dev.meridian.language;

/**
 * A translation that did not happen, with a reason programs can branch on and a message people can act on
 * ("DeepL rejected the API key (HTTP 403): ..."). Never carries the API key or the text being translated.
 */
public class TranslationFailure extends RuntimeException {

	public enum Reason {
		/** No provider is configured. */
		NOT_CONFIGURED("not_configured"),
		/** The provider rejected the API key, or the key is missing. */
		AUTH_FAILED("auth_failed"),
		/** The account's character quota or credit is used up. */
		QUOTA_EXCEEDED("quota_exceeded"),
		/** Too many requests right now; a later attempt may work. */
		RATE_LIMITED("rate_limited"),
		/** The provider cannot translate from or into this language. */
		UNSUPPORTED_LANGUAGE("unsupported_language"),
		/** The text is longer than Meridian or the provider accepts in one request. */
		TOO_LONG("too_long"),
		/** No answer within the configured timeout. */
		TIMEOUT("timeout"),
		/** The provider's address cannot be reached (DNS, connection refused, TLS). */
		UNREACHABLE("unreachable"),
		/** The provider answered with a server error (5xx). */
		PROVIDER_ERROR("provider_error"),
		/** The provider answered 2xx with something that is not a translation. */
		BAD_RESPONSE("bad_response"),
		/** The provider refused the request for another reason (an unknown model, a bad parameter). */
		REJECTED("rejected");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		/** The reason as the API shows it, e.g. {@code auth_failed}. */
		public String code() {
			return code;
		}
	}

	private final Reason reason;

	public TranslationFailure(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
