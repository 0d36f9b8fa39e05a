package dev.meridian.channel.email;

import org.jspecify.annotations.Nullable;

/**
 * A new mailbox or a change to one. On update a null field is left as it was; {@code removeImap} and
 * {@code removeSmtp} switch polling or sending off. A null password in an IMAP or SMTP part keeps the stored one.
 * A server signs in with a password or with OAuth 2 ({@code oauth}); sending one of the two replaces the other.
 */
public record MailboxDraft(@Nullable String brand, @Nullable String name, @Nullable String address,
		@Nullable String senderName, @Nullable ImapDraft imap, boolean removeImap, @Nullable SmtpDraft smtp,
		boolean removeSmtp) {

	public record ImapDraft(@Nullable String host, @Nullable Integer port, @Nullable String security,
			@Nullable String username, @Nullable String password, @Nullable String folder,
			@Nullable String afterImport, @Nullable String moveTo, @Nullable OAuthDraft oauth) {

		public ImapDraft(@Nullable String host, @Nullable Integer port, @Nullable String security,
				@Nullable String username, @Nullable String password, @Nullable String folder,
				@Nullable String afterImport, @Nullable String moveTo) {
			this(host, port, security, username, password, folder, afterImport, moveTo, null);
		}
	}

	public record SmtpDraft(@Nullable String host, @Nullable Integer port, @Nullable String security,
			@Nullable String username, @Nullable String password, @Nullable OAuthDraft oauth) {

		public SmtpDraft(@Nullable String host, @Nullable Integer port, @Nullable String security,
				@Nullable String username, @Nullable String password) {
			this(host, port, security, username, password, null);
		}
	}

	/**
	 * An OAuth 2 login: the provider ({@code google}, {@code microsoft} or {@code custom} with a token URL), the
	 * client registered with it and a refresh token the admin obtained once. On update a null field keeps the stored
	 * value; the client secret and the refresh token are secrets.
	 */
	public record OAuthDraft(@Nullable String provider, @Nullable String tokenUrl, @Nullable String tenant,
			@Nullable String clientId, @Nullable String clientSecret, @Nullable String refreshToken,
			@Nullable String scope) {
	}
}
