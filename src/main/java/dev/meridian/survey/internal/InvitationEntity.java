package dev.meridian.survey.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import dev.meridian.survey.Satisfaction;
import dev.meridian.survey.SurveyInvitation;
import dev.meridian.ticket.TicketId;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/**
 * One ticket's invitation to rate it. {@code round} counts the ticket's invitations (1, 2, ...) and is unique per
 * ticket, so two nodes that both create the first invitation of a ticket at the same moment cannot both succeed.
 */
@Entity
@Table(name = "survey_invitation")
public class InvitationEntity {

	/** How long a customer may answer, and change their answer. */
	public static final Duration LIFETIME = Duration.ofDays(30);

	public static final int MAX_COMMENT = 2000;

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String token;

	private long ticketId;

	@Column(name = "invitation_round")
	private int round;

	private long customerId;

	private long brandId;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Integer score;

	@Column(name = "answer_comment")
	private @Nullable String comment;

	private @Nullable Instant answeredAt;

	@Version
	private int lockVersion;

	protected InvitationEntity() {
	}

	public InvitationEntity(TicketId ticket, int round, CustomerId customer, BrandId brand, Instant now) {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.ticketId = ticket.value();
		this.round = round;
		this.customerId = customer.value();
		this.brandId = brand.value();
		this.createdAt = now;
		this.expiresAt = now.plus(LIFETIME);
	}

	/**
	 * Records the customer's answer, replacing an earlier one; answers the score it replaced. A blank comment is
	 * none.
	 */
	public @Nullable Integer answer(int newScore, @Nullable String newComment, Instant now) {
		if (!now.isBefore(expiresAt)) {
			throw DomainException.ruleBroken("survey.expired", "this survey closed on " + expiresAt);
		}
		if (newScore < 1 || newScore > 5) {
			throw DomainException.ruleBroken("survey.invalid_score", "score must be a whole number from 1 to 5");
		}
		String stripped = newComment == null ? null : newComment.strip();
		if (stripped != null && stripped.length() > MAX_COMMENT) {
			throw DomainException.ruleBroken("survey.comment_too_long",
					"a comment has at most " + MAX_COMMENT + " characters");
		}
		Integer previous = score;
		this.score = newScore;
		this.comment = stripped == null || stripped.isEmpty() ? null : stripped;
		this.answeredAt = now;
		return previous;
	}

	public boolean openAt(Instant now) {
		return now.isBefore(expiresAt);
	}

	public long id() {
		return id;
	}

	public int round() {
		return round;
	}

	public String token() {
		return token;
	}

	public SurveyInvitation invitation() {
		return new SurveyInvitation(token, new TicketId(ticketId), new BrandId(brandId), createdAt, expiresAt, score,
				comment, answeredAt);
	}

	/** The answer, or null before the customer answered. */
	public @Nullable Satisfaction satisfaction() {
		if (score == null || answeredAt == null) {
			return null;
		}
		return new Satisfaction(id, new TicketId(ticketId), new BrandId(brandId), new CustomerId(customerId), score,
				comment, answeredAt);
	}
}
