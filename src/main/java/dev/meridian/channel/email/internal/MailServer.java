package dev.meridian.channel.email.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The two servers a mailbox signs in to, each with its own login: IMAP to receive, SMTP to send. */
public enum MailServer {
	IMAP, SMTP;

	/** The OAuth 2 login of this server, or null when it signs in with a password. */
	@Nullable OAuthLogin oauth(Mailbox mailbox) {
		return this == IMAP ? mailbox.imapOAuth() : mailbox.smtpOAuth();
	}

	/** The password as stored (encrypted), or null. */
	@Nullable String secret(Mailbox mailbox) {
		return this == IMAP ? mailbox.imapSecret() : mailbox.smtpSecret();
	}

	/** A column of this server's OAuth login in the mailbox table; only ever one of our own fixed names. */
	String oauthColumn(String field) {
		return name().toLowerCase(Locale.ROOT) + "_oauth_" + field;
	}
}
