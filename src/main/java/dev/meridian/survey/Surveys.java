package dev.meridian.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.identity.BrandId;
import dev.meridian.shared.Cursor;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.survey.internal.InvitationEntity;
import dev.meridian.survey.internal.InvitationRepository;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Satisfaction surveys. A solved ticket gets one open invitation (solving it again after a reopen reuses it until it
 * expires); its link leads the customer to a public page where they rate the help from 1 to 5 and may comment, and
 * may change their answer until the invitation expires. Every answer stored or changed publishes
 * {@link SatisfactionRated}.
 */
@Service
@Transactional
public class Surveys {

	private final InvitationRepository invitations;
	private final Tickets tickets;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate creating;
	private final Clock clock;
	private final String publicUrl;

	Surveys(InvitationRepository invitations, Tickets tickets, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, @Value("${meridian.public-url}") String publicUrl) {
		this.invitations = invitations;
		this.tickets = tickets;
		this.events = events;
		this.creating = new TransactionTemplate(transactions);
		this.creating.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * The ticket's open invitation, created when it has none. The solve listener and a trigger's reply may ask at
	 * the same moment: the invitation is created in a transaction of its own, and whoever loses the race on the
	 * ticket's round reads the winner's.
	 */
	public SurveyInvitation invite(TicketId ticketId) {
		Instant now = clock.instant();
		Optional<InvitationEntity> open = openOf(ticketId, now);
		if (open.isPresent()) {
			return open.get().invitation();
		}
		TicketView ticket = tickets.get(ticketId);
		try {
			return creating.execute(status -> {
				int round = invitations.findByTicketIdOrderByRoundDesc(ticketId.value()).stream()
					.mapToInt(InvitationEntity::round).findFirst().orElse(0) + 1;
				return invitations.saveAndFlush(new InvitationEntity(ticketId, round, ticket.customer(), ticket.brand(), now))
					.invitation();
			});
		}
		catch (DataIntegrityViolationException raced) {
			return openOf(ticketId, now).orElseThrow(() -> raced).invitation();
		}
	}

	/** The absolute address of the public rating page of the ticket's open invitation, inviting it first if needed. */
	public String link(TicketId ticket) {
		return publicUrl + "/survey/" + invite(ticket).token();
	}

	@Transactional(readOnly = true)
	public Optional<SurveyInvitation> byToken(String token) {
		return invitations.findByToken(token).map(InvitationEntity::invitation);
	}

	/** Stores the customer's rating (1 to 5) and comment, replacing the one they gave before. */
	public SurveyInvitation answer(String token, int score, @Nullable String comment) {
		InvitationEntity invitation = invitations.findByToken(token)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "survey.unknown_token",
					"no survey has this link"));
		Instant now = clock.instant();
		Integer previous = invitation.answer(score, comment, now);
		invitations.flush();
		SurveyInvitation answered = invitation.invitation();
		events.publishEvent(new SatisfactionRated(answered.ticket(), answered.brand(), score, previous, now));
		return answered;
	}

	/** The ticket's latest answer, if the customer answered. */
	@Transactional(readOnly = true)
	public Optional<Satisfaction> of(TicketId ticket) {
		return invitations.findFirstByTicketIdAndAnsweredAtNotNullOrderByAnsweredAtDescIdDesc(ticket.value())
			.map(InvitationEntity::satisfaction);
	}

	/** The latest answer of each of these tickets that has one. */
	@Transactional(readOnly = true)
	public Map<TicketId, Satisfaction> latestOf(Collection<TicketId> ticketIds) {
		Map<TicketId, Satisfaction> latest = new HashMap<>();
		if (ticketIds.isEmpty()) {
			return latest;
		}
		for (InvitationEntity invitation : invitations.answeredOf(ticketIds.stream().map(TicketId::value).toList())) {
			Satisfaction answer = invitation.satisfaction();
			if (answer != null) {
				latest.putIfAbsent(answer.ticket(), answer);
			}
		}
		return latest;
	}

	/** The answers given in {@code [from, to)}, optionally of one brand or one score, oldest invitation first. */
	@Transactional(readOnly = true)
	public Slice<Satisfaction> answers(Instant from, Instant to, @Nullable BrandId brand, @Nullable Integer score,
			PageRequest page) {
		if (!from.isBefore(to)) {
			throw DomainException.malformed("satisfaction.invalid_range", "from must be before to");
		}
		long after = page.cursor() == null ? 0 : Cursor.decode(page.cursor()).longAt(0);
		List<Satisfaction> found = invitations.answered(from, to, after, brand == null ? null : brand.value(), score,
				Limit.of(page.limit() + 1)).stream().map(InvitationEntity::satisfaction).toList();
		if (found.size() <= page.limit()) {
			return new Slice<>(found, null);
		}
		List<Satisfaction> items = found.subList(0, page.limit());
		return new Slice<>(items, new Cursor(List.of(Long.toString(items.get(items.size() - 1).id()))).encode());
	}

	private Optional<InvitationEntity> openOf(TicketId ticket, Instant now) {
		return invitations.findByTicketIdOrderByRoundDesc(ticket.value()).stream().findFirst()
			.filter(i -> i.openAt(now));
	}
}
