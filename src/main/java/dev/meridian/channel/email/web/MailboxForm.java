package dev.meridian.channel.email.web;

import dev.meridian.channel.email.MailboxDraft;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The mailbox form as the browser posts it; empty password and secret fields keep the stored ones. Each server signs
 * in with a password or with OAuth 2 ({@code imapLogin}, {@code smtpLogin}: "password" or "oauth").
 */
class MailboxForm {

	/** The OAuth 2 fields of one server; the secrets are only ever written, never shown again. */
	public static class OAuthFields {

		private String provider = "google";
		private @Nullable String tokenUrl;
		private @Nullable String tenant;
		private @Nullable String clientId;
		private @Nullable String clientSecret;
		private @Nullable String refreshToken;
		private @Nullable String scope;

		static OAuthFields of(MailboxView.@Nullable OAuth oauth) {
			OAuthFields fields = new OAuthFields();
			if (oauth != null) {
				fields.provider = oauth.provider().key();
				fields.tokenUrl = oauth.tokenUrl();
				fields.tenant = oauth.tenant();
				fields.clientId = oauth.clientId();
				fields.scope = oauth.scope();
			}
			return fields;
		}

		MailboxDraft.OAuthDraft toDraft() {
			return new MailboxDraft.OAuthDraft(provider, blankToNull(tokenUrl), blankToNull(tenant), blankToNull(clientId),
					blankToNull(clientSecret), blankToNull(refreshToken), scope == null ? null : scope.strip());
		}

		public String getProvider() { return provider; }
		public void setProvider(String provider) { this.provider = provider; }
		public @Nullable String getTokenUrl() { return tokenUrl; }
		public void setTokenUrl(@Nullable String tokenUrl) { this.tokenUrl = tokenUrl; }
		public @Nullable String getTenant() { return tenant; }
		public void setTenant(@Nullable String tenant) { this.tenant = tenant; }
		public @Nullable String getClientId() { return clientId; }
		public void setClientId(@Nullable String clientId) { this.clientId = clientId; }
		public @Nullable String getClientSecret() { return null; }
		public void setClientSecret(@Nullable String clientSecret) { this.clientSecret = clientSecret; }
		public @Nullable String getRefreshToken() { return null; }
		public void setRefreshToken(@Nullable String refreshToken) { this.refreshToken = refreshToken; }
		public @Nullable String getScope() { return scope; }
		public void setScope(@Nullable String scope) { this.scope = scope; }
	}

	private @Nullable String brand;
	private @Nullable String name;
	private @Nullable String address;
	private @Nullable String senderName;
	private boolean imap;
	private @Nullable String imapHost;
	private @Nullable Integer imapPort;
	private String imapSecurity = "tls";
	private @Nullable String imapUsername;
	private @Nullable String imapPassword;
	private String imapLogin = "password";
	private OAuthFields imapOAuth = new OAuthFields();
	private String imapFolder = "INBOX";
	private String imapAfterImport = "mark-seen";
	private @Nullable String imapMoveTo;
	private boolean smtp;
	private @Nullable String smtpHost;
	private @Nullable Integer smtpPort;
	private String smtpSecurity = "starttls";
	private @Nullable String smtpUsername;
	private @Nullable String smtpPassword;
	private String smtpLogin = "password";
	private OAuthFields smtpOAuth = new OAuthFields();

	static MailboxForm of(MailboxView mailbox) {
		MailboxForm form = new MailboxForm();
		form.brand = mailbox.brand().toString();
		form.name = mailbox.name();
		form.address = mailbox.address();
		form.senderName = mailbox.senderName();
		if (mailbox.imap() != null) {
			form.imap = true;
			form.imapHost = mailbox.imap().host();
			form.imapPort = mailbox.imap().port();
			form.imapSecurity = mailbox.imap().security().key();
			form.imapUsername = mailbox.imap().username();
			form.imapFolder = mailbox.imap().folder();
			form.imapAfterImport = mailbox.imap().afterImport().key();
			form.imapMoveTo = mailbox.imap().moveTo();
			form.imapLogin = mailbox.imap().oauth() != null ? "oauth" : "password";
			form.imapOAuth = OAuthFields.of(mailbox.imap().oauth());
		}
		if (mailbox.smtp() != null) {
			form.smtp = true;
			form.smtpHost = mailbox.smtp().host();
			form.smtpPort = mailbox.smtp().port();
			form.smtpSecurity = mailbox.smtp().security().key();
			form.smtpUsername = mailbox.smtp().username();
			form.smtpLogin = mailbox.smtp().oauth() != null ? "oauth" : "password";
			form.smtpOAuth = OAuthFields.of(mailbox.smtp().oauth());
		}
		return form;
	}

	/** The change this form asks for, given the mailbox as it is (null for a new one). */
	MailboxDraft toDraft(@Nullable MailboxView current) {
		boolean imapOAuthNow = current != null && current.imap() != null && current.imap().oauth() != null;
		boolean smtpOAuthNow = current != null && current.smtp() != null && current.smtp().oauth() != null;
		MailboxDraft.ImapDraft imapDraft = imap ? new MailboxDraft.ImapDraft(blankToNull(imapHost), imapPort, imapSecurity,
				blankToNull(imapUsername), password(imapLogin, imapPassword, imapOAuthNow), imapFolder, imapAfterImport,
				blankToNull(imapMoveTo), oauth(imapLogin) ? imapOAuth.toDraft() : null) : null;
		MailboxDraft.SmtpDraft smtpDraft = smtp ? new MailboxDraft.SmtpDraft(blankToNull(smtpHost), smtpPort, smtpSecurity,
				blankToNull(smtpUsername), password(smtpLogin, smtpPassword, smtpOAuthNow),
				oauth(smtpLogin) ? smtpOAuth.toDraft() : null) : null;
		return new MailboxDraft(blankToNull(brand), blankToNull(name), blankToNull(address), senderName == null ? null : senderName,
				imapDraft, !imap && current != null && current.imap() != null, smtpDraft,
				!smtp && current != null && current.smtp() != null);
	}

	private static boolean oauth(String login) {
		return "oauth".equals(login);
	}

	/** The password to save; switching a server from OAuth 2 back to a password needs one. */
	private static @Nullable String password(String login, @Nullable String password, boolean oauthNow) {
		if (oauth(login)) {
			return null;
		}
		if (oauthNow && blankToNull(password) == null) {
			throw DomainException.malformed("mailbox.password_required",
					"enter the password to sign in with a password instead of OAuth 2");
		}
		return blankToNull(password);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public @Nullable String getBrand() { return brand; }
	public void setBrand(@Nullable String brand) { this.brand = brand; }
	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getAddress() { return address; }
	public void setAddress(@Nullable String address) { this.address = address; }
	public @Nullable String getSenderName() { return senderName; }
	public void setSenderName(@Nullable String senderName) { this.senderName = senderName; }
	public boolean isImap() { return imap; }
	public void setImap(boolean imap) { this.imap = imap; }
	public @Nullable String getImapHost() { return imapHost; }
	public void setImapHost(@Nullable String imapHost) { this.imapHost = imapHost; }
	public @Nullable Integer getImapPort() { return imapPort; }
	public void setImapPort(@Nullable Integer imapPort) { this.imapPort = imapPort; }
	public String getImapSecurity() { return imapSecurity; }
	public void setImapSecurity(String imapSecurity) { this.imapSecurity = imapSecurity; }
	public @Nullable String getImapUsername() { return imapUsername; }
	public void setImapUsername(@Nullable String imapUsername) { this.imapUsername = imapUsername; }
	public @Nullable String getImapPassword() { return null; }
	public void setImapPassword(@Nullable String imapPassword) { this.imapPassword = imapPassword; }
	public String getImapFolder() { return imapFolder; }
	public void setImapFolder(String imapFolder) { this.imapFolder = imapFolder; }
	public String getImapAfterImport() { return imapAfterImport; }
	public void setImapAfterImport(String imapAfterImport) { this.imapAfterImport = imapAfterImport; }
	public @Nullable String getImapMoveTo() { return imapMoveTo; }
	public void setImapMoveTo(@Nullable String imapMoveTo) { this.imapMoveTo = imapMoveTo; }
	public boolean isSmtp() { return smtp; }
	public void setSmtp(boolean smtp) { this.smtp = smtp; }
	public @Nullable String getSmtpHost() { return smtpHost; }
	public void setSmtpHost(@Nullable String smtpHost) { this.smtpHost = smtpHost; }
	public @Nullable Integer getSmtpPort() { return smtpPort; }
	public void setSmtpPort(@Nullable Integer smtpPort) { this.smtpPort = smtpPort; }
	public String getSmtpSecurity() { return smtpSecurity; }
	public void setSmtpSecurity(String smtpSecurity) { this.smtpSecurity = smtpSecurity; }
	public @Nullable String getSmtpUsername() { return smtpUsername; }
	public void setSmtpUsername(@Nullable String smtpUsername) { this.smtpUsername = smtpUsername; }
	public @Nullable String getSmtpPassword() { return null; }
	public void setSmtpPassword(@Nullable String smtpPassword) { this.smtpPassword = smtpPassword; }
	public String getImapLogin() { return imapLogin; }
	public void setImapLogin(String imapLogin) { this.imapLogin = imapLogin; }
	public OAuthFields getImapOAuth() { return imapOAuth; }
	public void setImapOAuth(OAuthFields imapOAuth) { this.imapOAuth = imapOAuth; }
	public String getSmtpLogin() { return smtpLogin; }
	public void setSmtpLogin(String smtpLogin) { this.smtpLogin = smtpLogin; }
	public OAuthFields getSmtpOAuth() { return smtpOAuth; }
	public void setSmtpOAuth(OAuthFields smtpOAuth) { this.smtpOAuth = smtpOAuth; }
}
