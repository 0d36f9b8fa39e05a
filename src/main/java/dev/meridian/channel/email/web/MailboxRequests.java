package dev.meridian.channel.email.web;

import java.util.Set;
import java.util.TreeSet;

import dev.meridian.channel.email.MailboxDraft;
import dev.meridian.channel.email.MailboxDraft.ImapDraft;
import dev.meridian.channel.email.MailboxDraft.OAuthDraft;
import dev.meridian.channel.email.MailboxDraft.SmtpDraft;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a mailbox from JSON. Read by hand rather than bound, so that {@code "imap": null} (switch polling off)
 * differs from leaving {@code imap} out (keep it), and an unknown field is an error rather than silently ignored.
 */
final class MailboxRequests {

	private static final Set<String> TOP = Set.of("brand", "name", "address", "senderName", "imap", "smtp");
	private static final Set<String> IMAP = Set.of("host", "port", "security", "username", "password", "folder",
			"afterImport", "moveTo", "oauth");
	private static final Set<String> SMTP = Set.of("host", "port", "security", "username", "password", "oauth");
	private static final Set<String> OAUTH = Set.of("provider", "tokenUrl", "tenant", "clientId", "clientSecret",
			"refreshToken", "scope");

	private MailboxRequests() {
	}

	static MailboxDraft draft(JsonNode body) {
		object(body, "the body");
		known(body, TOP, "mailbox");
		JsonNode imap = body.get("imap");
		JsonNode smtp = body.get("smtp");
		return new MailboxDraft(text(body, "brand"), text(body, "name"), text(body, "address"),
				text(body, "senderName"), imap == null || imap.isNull() ? null : imap(imap),
				imap != null && imap.isNull(), smtp == null || smtp.isNull() ? null : smtp(smtp),
				smtp != null && smtp.isNull());
	}

	private static ImapDraft imap(JsonNode node) {
		object(node, "imap");
		known(node, IMAP, "imap");
		return new ImapDraft(text(node, "host"), integer(node, "port"), text(node, "security"), text(node, "username"),
				text(node, "password"), text(node, "folder"), text(node, "afterImport"), text(node, "moveTo"),
				oauth(node.get("oauth")));
	}

	private static SmtpDraft smtp(JsonNode node) {
		object(node, "smtp");
		known(node, SMTP, "smtp");
		return new SmtpDraft(text(node, "host"), integer(node, "port"), text(node, "security"), text(node, "username"),
				text(node, "password"), oauth(node.get("oauth")));
	}

	/** An OAuth 2 login; {@code "oauth": null} is the same as leaving it out: send a password to switch back. */
	private static @Nullable OAuthDraft oauth(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		object(node, "oauth");
		known(node, OAUTH, "oauth");
		return new OAuthDraft(text(node, "provider"), text(node, "tokenUrl"), text(node, "tenant"),
				text(node, "clientId"), text(node, "clientSecret"), text(node, "refreshToken"), text(node, "scope"));
	}

	private static void object(JsonNode node, String what) {
		if (!node.isObject()) {
			throw DomainException.malformed("request.malformed", what + " must be a JSON object");
		}
	}

	private static void known(JsonNode node, Set<String> allowed, String what) {
		for (String field : node.propertyNames()) {
			if (!allowed.contains(field)) {
				throw DomainException.malformed("mailbox.unknown_field",
						"'" + field + "' is not a field of " + what + "; use " + String.join(", ", new TreeSet<>(allowed)));
			}
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw DomainException.malformed("mailbox.invalid_" + field, field + " must be a string");
		}
		return value.asString();
	}

	private static @Nullable Integer integer(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber()) {
			throw DomainException.malformed("mailbox.invalid_" + field, field + " must be a whole number");
		}
		return value.asInt();
	}
}
