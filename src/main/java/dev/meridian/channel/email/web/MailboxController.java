package dev.meridian.channel.email.web;

import dev.meridian.channel.email.ConnectionReport;
import dev.meridian.channel.email.MailboxId;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Mailboxes;
import dev.meridian.shared.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/mailboxes")
@Tag(name = "Mailboxes")
class MailboxController {

	private final Mailboxes mailboxes;

	MailboxController(Mailboxes mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('channel:write')")
	@Operation(summary = "List mailboxes", description = "Passwords are never returned; imap.passwordSet and "
			+ "smtp.passwordSet say whether one is stored. A server that signs in with OAuth 2 shows oauth (provider, "
			+ "tokenUrl, tenant, clientId, scope, clientSecretSet, refreshTokenSet) and, when the provider last refused "
			+ "the grant (e.g. invalid_grant after the consent was revoked), oauth.refused and oauth.refusedAt. receiving (read-only) is \"idle\" while a node keeps an "
			+ "IMAP IDLE connection to the mailbox, \"polling\" while it is polled, and null without imap settings.")
	Slice<MailboxView> list() {
		return new Slice<>(mailboxes.all(), null);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('channel:write')")
	MailboxView get(@PathVariable String id) {
		return mailboxes.get(MailboxId.parse(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('channel:write')")
	@Operation(summary = "Add a mailbox to a brand", description = "Only brand, name and address are needed: such a "
			+ "mailbox receives through POST /api/v1/mailboxes/{id}/inbound and cannot send. Example: "
			+ "{\"brand\": \"1\", \"name\": \"Support DE\", \"address\": \"support@shop.example\", \"senderName\": \"Shop Support\", "
			+ "\"imap\": {\"host\": \"imap.shop.example\", \"port\": 993, \"security\": \"tls\", \"username\": \"support\", "
			+ "\"password\": \"…\", \"folder\": \"INBOX\", \"afterImport\": \"mark-seen\"}, "
			+ "\"smtp\": {\"host\": \"smtp.shop.example\", \"port\": 587, \"security\": \"starttls\", \"username\": \"support\", \"password\": \"…\"}}. "
			+ "afterImport is mark-seen, move (with moveTo) or delete; security is none, starttls or tls. "
			+ "Instead of password, imap and smtp may sign in with OAuth 2 (SASL XOAUTH2): "
			+ "\"oauth\": {\"provider\": \"google\", \"clientId\": \"…\", \"clientSecret\": \"…\", \"refreshToken\": \"…\"}; "
			+ "provider is google, microsoft (optional tenant) or custom (with tokenUrl); scope is optional. "
			+ "Meridian trades the refresh token for access tokens; the secrets are never returned.")
	MailboxView create(@RequestBody JsonNode body) {
		return mailboxes.create(MailboxRequests.draft(body));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAuthority('channel:write')")
	@Operation(summary = "Change a mailbox", description = "Fields left out stay as they are; a password left out "
			+ "keeps the stored one; \"imap\": null or \"smtp\": null switches polling or sending off. Sending a "
			+ "password switches a server from OAuth 2 to a password, sending oauth the other way; within oauth, fields "
			+ "left out keep their stored values (e.g. only a new refreshToken).")
	MailboxView update(@PathVariable String id, @RequestBody JsonNode body) {
		return mailboxes.update(MailboxId.parse(id), MailboxRequests.draft(body));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('channel:write')")
	@Operation(summary = "Delete a mailbox", description = "The mail it received stays in the raw mail store and on its tickets.")
	void delete(@PathVariable String id) {
		mailboxes.delete(MailboxId.parse(id));
	}

	@PostMapping("/{id}/test")
	@PreAuthorize("hasAuthority('channel:write')")
	@Operation(summary = "Test the IMAP and SMTP connections", description = "Answers per server whether it worked "
			+ "and otherwise the step that failed: dns, token (OAuth 2: the provider gave no access token), connect, tls, "
			+ "login or folder.")
	ConnectionReport test(@PathVariable String id) {
		return mailboxes.test(MailboxId.parse(id));
	}
}
