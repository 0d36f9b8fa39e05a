package dev.meridian.channel.email;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.channel.email.MailboxDraft.ImapDraft;
import dev.meridian.channel.email.MailboxDraft.OAuthDraft;
import dev.meridian.channel.email.MailboxDraft.SmtpDraft;
import dev.meridian.channel.email.internal.ConnectionTester;
import dev.meridian.channel.email.internal.ImapIdleWatchers;
import dev.meridian.channel.email.internal.Mailbox;
import dev.meridian.channel.email.internal.MailboxRepository;
import dev.meridian.channel.email.internal.OAuthLogin;
import dev.meridian.channel.email.internal.OAuthTokens;
import dev.meridian.channel.email.internal.SecretCipher;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email channel's front door for configuration: a brand's mailboxes, their IMAP and SMTP connections and the
 * connection test. Passwords are encrypted before they are stored and never leave this service again.
 */
@Service
@Transactional
public class Mailboxes {

	private final MailboxRepository mailboxes;
	private final Brands brands;
	private final SecretCipher cipher;
	private final ConnectionTester tester;
	private final ImapIdleWatchers idleWatchers;
	private final OAuthTokens tokens;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Mailboxes(MailboxRepository mailboxes, Brands brands, SecretCipher cipher, ConnectionTester tester,
			ImapIdleWatchers idleWatchers, OAuthTokens tokens, ApplicationEventPublisher events, Clock clock) {
		this.mailboxes = mailboxes;
		this.brands = brands;
		this.cipher = cipher;
		this.tester = tester;
		this.idleWatchers = idleWatchers;
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<MailboxView> all() {
		return mailboxes.findAllByOrderByIdAsc().stream().map(Mailbox::view).toList();
	}

	@Transactional(readOnly = true)
	public MailboxView get(MailboxId id) {
		return find(id).view();
	}

	public MailboxView create(MailboxDraft draft) {
		if (draft.brand() == null || draft.name() == null || draft.address() == null) {
			throw DomainException.malformed("mailbox.fields_required", "a mailbox needs brand, name and address");
		}
		BrandId brand = BrandId.parse(draft.brand());
		if (!brands.exists(brand)) {
			throw DomainException.ruleBroken("mailbox.unknown_brand", "brand " + brand + " does not exist");
		}
		String address = Mailbox.normalizeAddress(draft.address());
		if (mailboxes.existsByAddress(address)) {
			throw DomainException.conflict("mailbox.address_taken", "a mailbox for " + address + " exists already");
		}
		Mailbox mailbox = new Mailbox(brand, draft.name(), address, clock.instant());
		mailbox.sendAs(draft.senderName());
		if (draft.imap() != null) {
			applyImap(mailbox, draft.imap());
		}
		if (draft.smtp() != null) {
			applySmtp(mailbox, draft.smtp());
		}
		MailboxView view = mailboxes.saveAndFlush(mailbox).view();
		idleWatchers.mailboxChanged(view.id().value(), false);
		audit(view.id(), "created", describe(draft));
		return view;
	}

	public MailboxView update(MailboxId id, MailboxDraft draft) {
		Mailbox mailbox = find(id);
		if (draft.brand() != null) {
			BrandId brand = BrandId.parse(draft.brand());
			if (!brand.equals(mailbox.brand())) {
				throw DomainException.ruleBroken("mailbox.brand_fixed",
						"a mailbox stays with its brand; create a new one for another brand");
			}
		}
		if (draft.name() != null) {
			mailbox.rename(draft.name());
		}
		if (draft.address() != null) {
			String address = Mailbox.normalizeAddress(draft.address());
			if (!address.equals(mailbox.address()) && mailboxes.existsByAddress(address)) {
				throw DomainException.conflict("mailbox.address_taken", "a mailbox for " + address + " exists already");
			}
			mailbox.changeAddress(address);
		}
		if (draft.senderName() != null) {
			mailbox.sendAs(draft.senderName());
		}
		if (draft.removeImap()) {
			mailbox.stopImap();
		}
		else if (draft.imap() != null) {
			applyImap(mailbox, draft.imap());
		}
		if (draft.removeSmtp()) {
			mailbox.stopSmtp();
		}
		else if (draft.smtp() != null) {
			applySmtp(mailbox, draft.smtp());
		}
		mailbox.touch(clock.instant());
		MailboxView view = mailboxes.saveAndFlush(mailbox).view();
		tokens.forget(id.value());
		idleWatchers.mailboxChanged(id.value(), draft.imap() != null || draft.removeImap());
		audit(id, "updated", describe(draft));
		return view;
	}

	public void delete(MailboxId id) {
		mailboxes.delete(find(id));
		tokens.forget(id.value());
		idleWatchers.mailboxChanged(id.value(), false);
		audit(id, "deleted", Map.of());
	}

	/**
	 * Connects to the mailbox's IMAP and SMTP servers and says which step failed: DNS, the OAuth token, TLS, login or
	 * folder.
	 */
	@Transactional(readOnly = true)
	public ConnectionReport test(MailboxId id) {
		Mailbox mailbox = find(id);
		if (!mailbox.polls() && !mailbox.sends()) {
			throw DomainException.ruleBroken("mailbox.nothing_to_test",
					"this mailbox has neither IMAP nor SMTP settings; it receives through its inbound endpoint");
		}
		return tester.test(mailbox);
	}

	private void applyImap(Mailbox mailbox, ImapDraft imap) {
		MailboxView.Imap current = mailbox.imap();
		String host = imap.host() != null ? imap.host() : current == null ? null : current.host();
		String username = imap.username() != null ? imap.username() : current == null ? null : current.username();
		OAuthLogin oauth = oauth(imap.password(), imap.oauth(), current == null ? null : mailbox.imapOAuth());
		String secret = oauth != null ? null : imap.password() != null ? cipher.encrypt(imap.password())
				: current == null ? null : mailbox.imapSecret();
		if (host == null || username == null || secret == null && oauth == null) {
			throw DomainException.malformed("mailbox.imap_fields_required",
					"imap needs host, username and either password or oauth");
		}
		Security security = imap.security() != null ? Security.parse(imap.security())
				: current != null ? current.security() : Security.TLS;
		int port = imap.port() != null ? imap.port()
				: current != null && imap.security() == null ? current.port() : security == Security.TLS ? 993 : 143;
		String folder = imap.folder() != null ? imap.folder() : current != null ? current.folder() : "INBOX";
		AfterImport after = imap.afterImport() != null ? AfterImport.parse(imap.afterImport())
				: current != null ? current.afterImport() : AfterImport.MARK_SEEN;
		String moveTo = imap.moveTo() != null ? imap.moveTo() : current != null ? current.moveTo() : null;
		mailbox.receiveByImap(host, port, security, username, secret, oauth, folder, after, moveTo);
	}

	private void applySmtp(Mailbox mailbox, SmtpDraft smtp) {
		MailboxView.Smtp current = mailbox.smtp();
		String host = smtp.host() != null ? smtp.host() : current == null ? null : current.host();
		if (host == null) {
			throw DomainException.malformed("mailbox.smtp_fields_required", "smtp needs at least a host");
		}
		Security security = smtp.security() != null ? Security.parse(smtp.security())
				: current != null ? current.security() : Security.STARTTLS;
		int port = smtp.port() != null ? smtp.port()
				: current != null && smtp.security() == null ? current.port() : security == Security.TLS ? 465 : 587;
		String username = smtp.username() != null ? smtp.username() : current == null ? null : current.username();
		OAuthLogin oauth = oauth(smtp.password(), smtp.oauth(), current == null ? null : mailbox.smtpOAuth());
		String secret = oauth != null ? null : smtp.password() != null ? cipher.encrypt(smtp.password())
				: current == null ? null : mailbox.smtpSecret();
		mailbox.sendBySmtp(host, port, security, username, secret, oauth);
	}

	/**
	 * The OAuth login a server signs in with after this change: a new password switches to password login, OAuth
	 * settings switch to (or change) OAuth, and neither keeps what is stored.
	 */
	private @Nullable OAuthLogin oauth(@Nullable String password, @Nullable OAuthDraft draft,
			@Nullable OAuthLogin current) {
		if (password != null && draft != null) {
			throw DomainException.malformed("mailbox.password_or_oauth",
					"a server signs in with a password or with oauth, not both");
		}
		if (password != null) {
			return null;
		}
		return draft != null ? OAuthLogin.merge(current, draft, cipher) : current;
	}

	private Mailbox find(MailboxId id) {
		return mailboxes.findById(id.value()).orElseThrow(() -> DomainException.notFound("mailbox", id));
	}

	private void audit(MailboxId id, String action, Map<String, String> changes) {
		events.publishEvent(new AuditableChange("mailbox", id.toString(), action, changes));
	}

	/** What changed, for the audit trail: never a password, only that one was set. */
	private static Map<String, String> describe(MailboxDraft draft) {
		Map<String, String> changes = new LinkedHashMap<>();
		put(changes, "name", draft.name());
		put(changes, "address", draft.address());
		put(changes, "senderName", draft.senderName());
		if (draft.imap() != null) {
			put(changes, "imap.host", draft.imap().host());
			put(changes, "imap.username", draft.imap().username());
			put(changes, "imap.folder", draft.imap().folder());
			put(changes, "imap.afterImport", draft.imap().afterImport());
			if (draft.imap().password() != null) {
				changes.put("imap.password", "changed");
			}
			describe(changes, "imap", draft.imap().oauth());
		}
		if (draft.smtp() != null) {
			put(changes, "smtp.host", draft.smtp().host());
			put(changes, "smtp.username", draft.smtp().username());
			if (draft.smtp().password() != null) {
				changes.put("smtp.password", "changed");
			}
			describe(changes, "smtp", draft.smtp().oauth());
		}
		if (draft.removeImap()) {
			changes.put("imap", "removed");
		}
		if (draft.removeSmtp()) {
			changes.put("smtp", "removed");
		}
		return changes;
	}

	private static void describe(Map<String, String> changes, String server, @Nullable OAuthDraft oauth) {
		if (oauth == null) {
			return;
		}
		put(changes, server + ".oauth.provider", oauth.provider());
		put(changes, server + ".oauth.clientId", oauth.clientId());
		if (oauth.clientSecret() != null) {
			changes.put(server + ".oauth.clientSecret", "changed");
		}
		if (oauth.refreshToken() != null) {
			changes.put(server + ".oauth.refreshToken", "changed");
		}
	}

	private static void put(Map<String, String> changes, String key, @Nullable Object value) {
		if (value != null) {
			changes.put(key, value.toString());
		}
	}
}
