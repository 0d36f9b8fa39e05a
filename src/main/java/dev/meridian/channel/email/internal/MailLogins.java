package dev.meridian.channel.email.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.springframework.stereotype.Component;

/**
 * Signs a mailbox in to its IMAP or SMTP server with what it has: the password, or an OAuth 2 access token sent as
 * the password of a SASL XOAUTH2 login (see {@link MailSessions}). A cached token the server turns down (revoked or
 * expired early) is replaced by a fresh one once; a fresh token turned down is a real login failure.
 */
@Component
public class MailLogins {

	/** The connect call that takes the password or token. */
	@FunctionalInterface
	public interface SignIn {

		void with(String secret) throws MessagingException;
	}

	private final OAuthTokens tokens;
	private final SecretCipher cipher;

	MailLogins(OAuthTokens tokens, SecretCipher cipher) {
		this.tokens = tokens;
		this.cipher = cipher;
	}

	public void signIn(Mailbox mailbox, MailServer server, SignIn signIn) throws MessagingException {
		if (server.oauth(mailbox) == null) {
			String secret = server.secret(mailbox);
			signIn.with(secret == null ? "" : cipher.decrypt(secret));
			return;
		}
		OAuthTokens.Token token = tokens.token(mailbox.id(), server, false);
		try {
			signIn.with(token.value());
		}
		catch (AuthenticationFailedException e) {
			if (!token.cached()) {
				throw e;
			}
			signIn.with(tokens.token(mailbox.id(), server, true).value());
		}
	}
}
