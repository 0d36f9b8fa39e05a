package dev.meridian.channel.email;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a mailbox with IMAP settings receives at the moment: a node keeps an IDLE connection open and the server
 * announces new mail, or the server is asked every poll interval (it does not offer IDLE, or IDLE keeps failing).
 */
public enum Receiving {
	IDLE, POLLING;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
