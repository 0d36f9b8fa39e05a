package dev.meridian.channel.email.internal;

import java.net.URI;
import java.time.Instant;

import dev.meridian.channel.email.MailboxDraft.OAuthDraft;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.OAuthProvider;
import dev.meridian.shared.DomainException;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How a mailbox signs in to one of its servers with OAuth 2: the provider, the client and the refresh token that
 * Meridian trades for access tokens. The client secret and the refresh token are held encrypted. {@code refused}
 * remembers the provider's answer when it last refused the grant, so that nobody asks again at once.
 */
@Embeddable
public class OAuthLogin {

	private String provider;
	private @Nullable String tokenUrl;
	private @Nullable String tenant;
	private String clientId;
	private @Nullable String clientSecret;
	private String refreshToken;
	private @Nullable String scope;
	private @Nullable String refused;
	private @Nullable Instant refusedAt;

	protected OAuthLogin() {
	}

	/**
	 * The login a draft asks for, on top of the stored one (null for a server that signed in with a password so far):
	 * fields the draft leaves out keep their stored values, new secrets are encrypted, and a refusal is forgotten.
	 */
	public static OAuthLogin merge(@Nullable OAuthLogin current, OAuthDraft draft, SecretCipher cipher) {
		OAuthLogin login = new OAuthLogin();
		OAuthProvider provider = draft.provider() != null ? OAuthProvider.parse(draft.provider())
				: current != null ? current.provider() : null;
		if (provider == null) {
			throw DomainException.malformed("mailbox.oauth_fields_required",
					"oauth needs provider, clientId and refreshToken");
		}
		boolean sameProvider = current != null && current.provider() == provider;
		login.provider = provider.key();
		login.tokenUrl = provider != OAuthProvider.CUSTOM ? null
				: draft.tokenUrl() != null ? tokenUrl(draft.tokenUrl()) : sameProvider ? current.tokenUrl : null;
		login.tenant = provider != OAuthProvider.MICROSOFT ? null
				: draft.tenant() != null ? tenant(draft.tenant()) : sameProvider ? current.tenant : null;
		login.clientId = draft.clientId() != null ? draft.clientId() : current != null ? current.clientId : null;
		login.clientSecret = draft.clientSecret() != null ? cipher.encrypt(draft.clientSecret())
				: current != null ? current.clientSecret : null;
		login.refreshToken = draft.refreshToken() != null ? cipher.encrypt(draft.refreshToken())
				: current != null ? current.refreshToken : null;
		login.scope = draft.scope() != null ? blankToNull(draft.scope()) : current != null ? current.scope : null;
		if (login.clientId == null || login.clientId.isBlank() || login.refreshToken == null) {
			throw DomainException.malformed("mailbox.oauth_fields_required",
					"oauth needs provider, clientId and refreshToken");
		}
		if (provider == OAuthProvider.CUSTOM && login.tokenUrl == null) {
			throw DomainException.malformed("mailbox.oauth_token_url_required",
					"a custom OAuth provider needs tokenUrl, the address of its token endpoint");
		}
		return login;
	}

	public OAuthProvider provider() {
		return OAuthProvider.parse(provider);
	}

	public URI tokenEndpoint() {
		return URI.create(provider().tokenUrl(tokenUrl, tenant));
	}

	public String clientId() {
		return clientId;
	}

	/** The client secret as stored (encrypted); a public client has none. */
	public @Nullable String clientSecret() {
		return clientSecret;
	}

	/** The refresh token as stored (encrypted). */
	public String refreshToken() {
		return refreshToken;
	}

	public @Nullable String scope() {
		return scope != null ? scope : provider().defaultScope();
	}

	public @Nullable String refused() {
		return refused;
	}

	public @Nullable Instant refusedAt() {
		return refusedAt;
	}

	MailboxView.OAuth view() {
		return new MailboxView.OAuth(provider(), tokenUrl, tenant, clientId, clientSecret != null, refreshToken != null,
				scope, refused, refusedAt);
	}

	/** Secrets travel to the token endpoint, so only over TLS; plain HTTP only to this host, as tests and proxies do. */
	private static String tokenUrl(String text) {
		URI uri;
		try {
			uri = URI.create(text.strip());
		}
		catch (IllegalArgumentException e) {
			uri = null;
		}
		boolean loopback = uri != null && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost())
				|| "[::1]".equals(uri.getHost()));
		if (uri == null || uri.getHost() == null
				|| !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && loopback)) {
			throw DomainException.ruleBroken("mailbox.invalid_oauth_token_url",
					"oauth.tokenUrl must be an https:// address (http:// only for this host)");
		}
		return uri.toString();
	}

	private static String tenant(String text) {
		String trimmed = text.strip();
		if (!trimmed.matches("[A-Za-z0-9.-]{1,100}")) {
			throw DomainException.ruleBroken("mailbox.invalid_oauth_tenant",
					"oauth.tenant is a tenant id or domain, or common, organizations or consumers");
		}
		return trimmed;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}
}
