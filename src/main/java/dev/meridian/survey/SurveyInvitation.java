package dev.meridian.survey;

import java.time.Instant;

import dev.meridian.identity.BrandId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * The invitation behind a rating link, as its public page shows it. The customer may answer, and change the answer,
 * until {@code expiresAt}.
 */
public record SurveyInvitation(String token, TicketId ticket, BrandId brand, Instant createdAt, Instant expiresAt,
		@Nullable Integer score, @Nullable String comment, @Nullable Instant answeredAt) {

	public boolean expiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}

	public boolean answered() {
		return score != null;
	}
}
