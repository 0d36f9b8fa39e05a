package dev.meridian.channel.email.web;

import dev.meridian.channel.email.MailboxDraft;
import dev.meridian.channel.email.MailboxView;
import org.jspecify.annotations.Nullable;

/** The mailbox form as the browser posts it; empty password fields keep the stored password. */
class MailboxForm {

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
	private String imapFolder = "INBOX";
	private String imapAfterImport = "mark-seen";
	private @Nullable String imapMoveTo;
	private boolean smtp;
	private @Nullable String smtpHost;
	private @Nullable Integer smtpPort;
	private String smtpSecurity = "starttls";
	private @Nullable String smtpUsername;
	private @Nullable String smtpPassword;

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
		}
		if (mailbox.smtp() != null) {
			form.smtp = true;
			form.smtpHost = mailbox.smtp().host();
			form.smtpPort = mailbox.smtp().port();
			form.smtpSecurity = mailbox.smtp().security().key();
			form.smtpUsername = mailbox.smtp().username();
		}
		return form;
	}

	MailboxDraft toDraft(boolean hadImap, boolean hadSmtp) {
		MailboxDraft.ImapDraft imapDraft = imap ? new MailboxDraft.ImapDraft(blankToNull(imapHost), imapPort, imapSecurity,
				blankToNull(imapUsername), blankToNull(imapPassword), imapFolder, imapAfterImport, blankToNull(imapMoveTo)) : null;
		MailboxDraft.SmtpDraft smtpDraft = smtp ? new MailboxDraft.SmtpDraft(blankToNull(smtpHost), smtpPort, smtpSecurity,
				blankToNull(smtpUsername), blankToNull(smtpPassword)) : null;
		return new MailboxDraft(blankToNull(brand), blankToNull(name), blankToNull(address), senderName == null ? null : senderName,
				imapDraft, !imap && hadImap, smtpDraft, !smtp && hadSmtp);
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
}
