package dev.meridian.channel.email;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Who hands out a mailbox's OAuth 2 access tokens: Google, Microsoft (Entra ID, per tenant) or any other
 * authorization server named by its token endpoint.
 */
public enum OAuthProvider {
	GOOGLE, MICROSOFT, CUSTOM;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The token endpoint; a custom provider's is the one configured, Microsoft's depends on the tenant. */
	public String tokenUrl(@Nullable String configured, @Nullable String tenant) {
		return switch (this) {
			case GOOGLE -> "https://oauth2.googleapis.com/token";
			case MICROSOFT -> "https://login.microsoftonline.com/" + (tenant == null ? "common" : tenant)
					+ "/oauth2/v2.0/token";
			case CUSTOM -> configured;
		};
	}

	/**
	 * The scope asked for when the admin named none. Microsoft's v2 endpoint wants one on every refresh; Google keeps
	 * the scope the consent granted.
	 */
	public @Nullable String defaultScope() {
		return this == MICROSOFT
				? "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access"
				: null;
	}

	public static OAuthProvider parse(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "google", "gmail" -> GOOGLE;
			case "microsoft", "office365", "outlook" -> MICROSOFT;
			case "custom" -> CUSTOM;
			default -> throw DomainException.malformed("mailbox.invalid_oauth_provider",
					"oauth.provider must be one of google, microsoft, custom");
		};
	}
}
