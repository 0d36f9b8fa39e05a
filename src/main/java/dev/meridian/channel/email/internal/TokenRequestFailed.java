package dev.meridian.channel.email.internal;

import jakarta.mail.MessagingException;

/**
 * No access token for an OAuth 2 login: the provider refused the grant ({@code refused}: revoked consent, wrong
 * client, changed password; only an admin can fix it) or could not be asked (network, provider trouble; a later
 * attempt may work).
 */
public class TokenRequestFailed extends MessagingException {

	private final boolean refused;

	TokenRequestFailed(String message, boolean refused) {
		super(message);
		this.refused = refused;
	}

	public boolean refused() {
		return refused;
	}
}
