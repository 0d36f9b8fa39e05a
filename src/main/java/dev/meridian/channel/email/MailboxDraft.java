package dev.meridian.channel.email;

import org.jspecify.annotations.Nullable;

/**
 * A new mailbox or a change to one. On update a null field is left as it was; {@code removeImap} and
 * {@code removeSmtp} switch polling or sending off. A null password in an IMAP or SMTP part keeps the stored one.
 */
public record MailboxDraft(@Nullable String brand, @Nullable String name, @Nullable String address,
		@Nullable String senderName, @Nullable ImapDraft imap, boolean removeImap, @Nullable SmtpDraft smtp,
		boolean removeSmtp) {

	public record ImapDraft(@Nullable String host, @Nullable Integer port, @Nullable String security,
			@Nullable String username, @Nullable String password, @Nullable String folder,
			@Nullable String afterImport, @Nullable String moveTo) {
	}

	public record SmtpDraft(@Nullable String host, @Nullable Integer port, @Nullable String security,
			@Nullable String username, @Nullable String password) {
	}
}
