package dev.meridian.channel.email.internal;

import java.time.Instant;
import java.util.Locale;

import dev.meridian.channel.email.AfterImport;
import dev.meridian.channel.email.MailboxId;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Security;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import jakarta.persistence.*;
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

	private @Nullable String smtpHost;
	private @Nullable Integer smtpPort;
	private @Nullable String smtpSecurity;
	private @Nullable String smtpUsername;
	private @Nullable String smtpSecret;

	private @Nullable Instant lastPolledAt;
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

	public void receiveByImap(String host, int port, Security security, String username, String encryptedSecret,
			String folder, AfterImport afterImport, @Nullable String moveTo) {
		if (afterImport == AfterImport.MOVE && (moveTo == null || moveTo.isBlank())) {
			throw DomainException.ruleBroken("mailbox.move_target_required",
					"name the folder to move imported mail to as imap.moveTo");
		}
		this.imapHost = host(host);
		this.imapPort = port(port);
		this.imapSecurity = security.key();
		this.imapUsername = username;
		this.imapSecret = encryptedSecret;
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
		imapFolder = null;
		imapAfterImport = null;
		imapMoveTo = null;
	}

	public void sendBySmtp(String host, int port, Security security, @Nullable String username,
			@Nullable String encryptedSecret) {
		this.smtpHost = host(host);
		this.smtpPort = port(port);
		this.smtpSecurity = security.key();
		this.smtpUsername = username == null || username.isBlank() ? null : username;
		this.smtpSecret = encryptedSecret;
	}

	public void stopSmtp() {
		smtpHost = null;
		smtpPort = null;
		smtpSecurity = null;
		smtpUsername = null;
		smtpSecret = null;
	}

	public void polled(Instant at, @Nullable String error) {
		this.lastPolledAt = at;
		this.lastPollError = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
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

	public boolean sends() {
		return smtpHost != null;
	}

	public @Nullable String imapSecret() {
		return imapSecret;
	}

	public @Nullable String smtpSecret() {
		return smtpSecret;
	}

	public MailboxView.@Nullable Imap imap() {
		return imapHost == null ? null : new MailboxView.Imap(imapHost, imapPort, Security.parse(imapSecurity),
				imapUsername, imapSecret != null, imapFolder, AfterImport.parse(imapAfterImport), imapMoveTo);
	}

	public MailboxView.@Nullable Smtp smtp() {
		return smtpHost == null ? null : new MailboxView.Smtp(smtpHost, smtpPort, Security.parse(smtpSecurity),
				smtpUsername, smtpSecret != null);
	}

	public MailboxView view() {
		return new MailboxView(new MailboxId(id), new BrandId(brandId), name, address, senderName, imap(), smtp(),
				lastPolledAt, lastPollError, createdAt, updatedAt);
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
