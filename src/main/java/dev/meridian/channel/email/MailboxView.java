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
			AfterImport afterImport, @Nullable String moveTo) {
	}

	public record Smtp(String host, int port, Security security, @Nullable String username, boolean passwordSet) {
	}

	public boolean canSend() {
		return smtp != null;
	}
}
