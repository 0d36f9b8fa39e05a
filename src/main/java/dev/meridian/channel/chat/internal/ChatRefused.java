package dev.meridian.channel.chat.internal;

/**
 * A widget request refused before it reached the domain: a forged or foreign token, an origin not allowed for the
 * brand, too many requests. The widget's controllers answer it as an API error with this status and code.
 */
public class ChatRefused extends RuntimeException {

	private final int status;
	private final String code;
	private final long retryAfterSeconds;

	public ChatRefused(int status, String code, String message) {
		this(status, code, message, 0);
	}

	public ChatRefused(int status, String code, String message, long retryAfterSeconds) {
		super(message);
		this.status = status;
		this.code = code;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
