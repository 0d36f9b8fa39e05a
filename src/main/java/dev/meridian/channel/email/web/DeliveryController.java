package dev.meridian.channel.email.web;

import dev.meridian.channel.email.Deliveries;
import dev.meridian.channel.email.Delivery;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mailboxes")
class DeliveryController {

	private final Deliveries deliveries;

	DeliveryController(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/api/v1/email-deliveries")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Delivery state of a ticket's email replies", description = "Example: "
			+ "GET /api/v1/email-deliveries?ticket=42 answers {\"items\": [{\"message\": \"17\", \"status\": \"retrying\", "
			+ "\"attempts\": 2, \"recipient\": \"kunde@example.de\", \"lastError\": \"421 try again later\", "
			+ "\"nextAttemptAt\": \"2026-11-24T08:05:00Z\", \"sentAt\": null}]}. status is pending, sending, retrying, "
			+ "sent or failed (a bounce shows as failed with the receiving server's reason).")
	Slice<Delivery> deliveries(@RequestParam String ticket) {
		return new Slice<>(deliveries.of(TicketId.parse(ticket)), null);
	}
}
