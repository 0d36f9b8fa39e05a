package dev.meridian.channel.email;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a connection test found, per server: the stage that failed (dns, connect, tls, login, folder) and the
 * server's own words, or ok.
 */
public record ConnectionReport(@Nullable Check imap, @Nullable Check smtp) {

	public record Check(boolean ok, @Nullable String failedAt, String message, List<String> passed) {
	}

	public boolean ok() {
		return (imap == null || imap.ok()) && (smtp == null || smtp.ok());
	}
}
