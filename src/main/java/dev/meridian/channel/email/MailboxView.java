package dev.meridian.channel.email;

import java.time.Instant;

import dev.meridian.identity.BrandId;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox as others may see it: never its secrets, only whether each one is set. {@code receiving} is null
 * without IMAP settings.
 */
public record MailboxView(MailboxId id, BrandId brand, String name, String address, @Nullable String senderName,
		@Nullable Imap imap, @Nullable Smtp smtp, @Nullable Instant lastPolledAt, @Nullable String lastPollError,
		Instant createdAt, Instant updatedAt, @Nullable Receiving receiving) {

	public record Imap(String host, int port, Security security, String username, boolean passwordSet, String folder,
			AfterImport afterImport, @Nullable String moveTo, @Nullable OAuth oauth) {
	}

	public record Smtp(String host, int port, Security security, @Nullable String username, boolean passwordSet,
			@Nullable OAuth oauth) {
	}

	/**
	 * An OAuth 2 login without its secrets. {@code refused} holds the provider's answer when it last refused to
	 * hand out an access token (for example {@code invalid_grant} after the consent was revoked): the admin must
	 * paste a new refresh token; until then Meridian asks the provider only now and then.
	 */
	public record OAuth(OAuthProvider provider, @Nullable String tokenUrl, @Nullable String tenant, String clientId,
			boolean clientSecretSet, boolean refreshTokenSet, @Nullable String scope, @Nullable String refused,
			@Nullable Instant refusedAt) {
	}

	public boolean canSend() {
		return smtp != null;
	}
}
