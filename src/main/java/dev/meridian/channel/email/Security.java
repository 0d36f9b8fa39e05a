package dev.meridian.channel.email;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.shared.DomainException;

/** How a connection to a mail server is protected: not at all, upgraded with STARTTLS, or TLS from the start. */
public enum Security {
	NONE, STARTTLS, TLS;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Security parse(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "none", "plain" -> NONE;
			case "starttls" -> STARTTLS;
			case "tls", "ssl", "imaps", "smtps" -> TLS;
			default -> throw DomainException.malformed("mailbox.invalid_security",
					"security must be one of none, starttls, tls");
		};
	}
}
