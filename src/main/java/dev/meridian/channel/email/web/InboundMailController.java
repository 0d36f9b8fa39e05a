package dev.meridian.channel.email.web;

import dev.meridian.channel.email.Imported;
import dev.meridian.channel.email.InboundMail;
import dev.meridian.channel.email.MailboxId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mailboxes")
class InboundMailController {

	private final InboundMail inbound;

	InboundMailController(InboundMail inbound) {
		this.inbound = inbound;
	}

	record ImportJson(@Nullable String ticket, @Nullable String message, boolean duplicate, String outcome,
			String rawMail) {
	}

	@PostMapping(path = "/api/v1/mailboxes/{id}/inbound", consumes = "message/rfc822")
	@PreAuthorize("hasAuthority('mail:inbound')")
	@Operation(summary = "Hand one raw RFC 822 message to a mailbox, as a mail server's pipe does",
			description = "The body is the message exactly as received (Content-Type: message/rfc822). It is stored "
					+ "before anything parses it, then goes through the same parsing, dedupe and threading as IMAP. "
					+ "201 {\"ticket\", \"message\", \"duplicate\": false} once added; 200 with \"duplicate\": true when the "
					+ "message was imported before; 202 when it is stored but not added: an automatic mail on a known "
					+ "ticket or a bounce (outcome ignored or bounce), or an import that will be retried (pending). "
					+ "Needs the admin or the integration role; bin/meridian-mail-inbound calls it.")
	ResponseEntity<ImportJson> receive(@PathVariable String id, @RequestBody byte[] raw) {
		Imported imported = inbound.receive(MailboxId.parse(id), raw, "pipe");
		HttpStatus status = switch (imported.outcome()) {
			case ADDED -> HttpStatus.CREATED;
			case DUPLICATE -> HttpStatus.OK;
			default -> HttpStatus.ACCEPTED;
		};
		return ResponseEntity.status(status).body(new ImportJson(
				imported.ticket() == null ? null : imported.ticket().toString(),
				imported.message() == null ? null : imported.message().toString(), imported.duplicate(),
				imported.outcome().name().toLowerCase(java.util.Locale.ROOT), Long.toString(imported.rawMail())));
	}
}
