package dev.meridian.channel.email.internal;

import java.time.Instant;
import java.util.Locale;

import dev.meridian.channel.email.AfterImport;
import dev.meridian.channel.email.MailboxId;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Receiving;
import dev.meridian.channel.email.Security;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import jakarta.persistence.*;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

/**
 * A brand's support address. It always receives through the inbound endpoint; with IMAP settings it is polled,
 * with SMTP settings it sends. Secrets are held only in encrypted form.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long brandId;
	private String name;
	private String address;
	private @Nullable String senderName;

	private @Nullable String imapHost;
	private @Nullable Integer imapPort;
	private @Nullable String imapSecurity;
	private @Nullable String imapUsername;
	private @Nullable String imapSecret;
	private @Nullable String imapFolder;
	private @Nullable String imapAfterImport;
	private @Nullable String imapMoveTo;
	@Embedded
	@EmbeddedColumnNaming("imap_oauth_%s")
	private @Nullable OAuthLogin imapOAuth;

	private @Nullable String smtpHost;
	private @Nullable Integer smtpPort;
	private @Nullable String smtpSecurity;
	private @Nullable String smtpUsername;
	private @Nullable String smtpSecret;
	@Embedded
	@EmbeddedColumnNaming("smtp_oauth_%s")
	private @Nullable OAuthLogin smtpOAuth;

	// written only by IdleLeases, in statements of their own, so that saving a mailbox never undoes a lease
	@Column(insertable = false, updatable = false)
	private @Nullable String imapIdleNode;

	// written only by MailboxRepository.checked, so that an IDLE import never makes an admin's edit a conflict
	@Column(insertable = false, updatable = false)
	private @Nullable Instant lastPolledAt;
	@Column(insertable = false, updatable = false)
	private @Nullable String lastPollError;
	private Instant createdAt;
	private Instant updatedAt;

	@Version
	private int version;

	protected Mailbox() {
	}

	public Mailbox(BrandId brand, String name, String address, Instant now) {
		this.brandId = brand.value();
		rename(name);
		changeAddress(address);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void rename(String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw DomainException.ruleBroken("mailbox.invalid_name", "a mailbox name has 1 to 200 characters");
		}
		this.name = trimmed;
	}

	public void changeAddress(String address) {
		String normalized = normalizeAddress(address);
		this.address = normalized;
	}

	public void sendAs(@Nullable String senderName) {
		this.senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
	}

	/** IMAP settings with one way to sign in: an encrypted password or an OAuth 2 login. */
	public void receiveByImap(String host, int port, Security security, String username, @Nullable String encryptedSecret,
			@Nullable OAuthLogin oauth, String folder, AfterImport afterImport, @Nullable String moveTo) {
		if (afterImport == AfterImport.MOVE && (moveTo == null || moveTo.isBlank())) {
			throw DomainException.ruleBroken("mailbox.move_target_required",
					"name the folder to move imported mail to as imap.moveTo");
		}
		this.imapHost = host(host);
		this.imapPort = port(port);
		this.imapSecurity = security.key();
		this.imapUsername = username;
		this.imapSecret = oauth == null ? encryptedSecret : null;
		this.imapOAuth = oauth;
		this.imapFolder = folder.isBlank() ? "INBOX" : folder.strip();
		this.imapAfterImport = afterImport.key();
		this.imapMoveTo = moveTo == null || moveTo.isBlank() ? null : moveTo.strip();
	}

	public void stopImap() {
		imapHost = null;
		imapPort = null;
		imapSecurity = null;
		imapUsername = null;
		imapSecret = null;
		imapOAuth = null;
		imapFolder = null;
		imapAfterImport = null;
		imapMoveTo = null;
	}

	/** SMTP settings; an OAuth 2 login needs the username it signs in as. */
	public void sendBySmtp(String host, int port, Security security, @Nullable String username,
			@Nullable String encryptedSecret, @Nullable OAuthLogin oauth) {
		if (oauth != null && (username == null || username.isBlank())) {
			throw DomainException.malformed("mailbox.smtp_username_required", "an OAuth 2 login needs smtp.username");
		}
		this.smtpHost = host(host);
		this.smtpPort = port(port);
		this.smtpSecurity = security.key();
		this.smtpUsername = username == null || username.isBlank() ? null : username;
		this.smtpSecret = oauth == null ? encryptedSecret : null;
		this.smtpOAuth = oauth;
	}

	public void stopSmtp() {
		smtpHost = null;
		smtpPort = null;
		smtpSecurity = null;
		smtpUsername = null;
		smtpSecret = null;
		smtpOAuth = null;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public long id() {
		return id;
	}

	public BrandId brand() {
		return new BrandId(brandId);
	}

	public String address() {
		return address;
	}

	public @Nullable String senderName() {
		return senderName;
	}

	public boolean polls() {
		return imapHost != null;
	}

	/** Whether a node holds the IDLE lease of this mailbox, so that the server announces new mail. */
	public boolean idles() {
		return polls() && imapIdleNode != null;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public @Nullable Instant lastPolledAt() {
		return lastPolledAt;
	}

	public boolean sends() {
		return smtpHost != null;
	}

	public @Nullable String imapSecret() {
		return imapSecret;
	}

	public @Nullable String smtpSecret() {
		return smtpSecret;
	}

	public @Nullable OAuthLogin imapOAuth() {
		return imapOAuth;
	}

	public @Nullable OAuthLogin smtpOAuth() {
		return smtpOAuth;
	}

	public MailboxView.@Nullable Imap imap() {
		return imapHost == null ? null : new MailboxView.Imap(imapHost, imapPort, Security.parse(imapSecurity),
				imapUsername, imapSecret != null, imapFolder, AfterImport.parse(imapAfterImport), imapMoveTo,
				imapOAuth == null ? null : imapOAuth.view());
	}

	public MailboxView.@Nullable Smtp smtp() {
		return smtpHost == null ? null : new MailboxView.Smtp(smtpHost, smtpPort, Security.parse(smtpSecurity),
				smtpUsername, smtpSecret != null, smtpOAuth == null ? null : smtpOAuth.view());
	}

	public MailboxView view() {
		return new MailboxView(new MailboxId(id), new BrandId(brandId), name, address, senderName, imap(), smtp(),
				lastPolledAt, lastPollError, createdAt, updatedAt,
				!polls() ? null : idles() ? Receiving.IDLE : Receiving.POLLING);
	}

	public static String normalizeAddress(String address) {
		String normalized = address.strip().toLowerCase(Locale.ROOT);
		if (!normalized.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+") || normalized.length() > 320) {
			throw DomainException.ruleBroken("mailbox.invalid_address", "'" + address + "' is not an email address");
		}
		return normalized;
	}

	private static String host(String host) {
		String trimmed = host.strip();
		if (trimmed.isEmpty() || trimmed.length() > 255 || trimmed.contains(" ")) {
			throw DomainException.ruleBroken("mailbox.invalid_host", "'" + host + "' is not a host name");
		}
		return trimmed;
	}

	private static int port(int port) {
		if (port < 1 || port > 65535) {
			throw DomainException.ruleBroken("mailbox.invalid_port", "a port is between 1 and 65535");
		}
		return port;
	}
}
