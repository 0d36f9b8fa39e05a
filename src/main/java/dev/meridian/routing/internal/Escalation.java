package dev.meridian.routing.internal;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import dev.meridian.routing.EscalationView;
import dev.meridian.routing.Tier;
import dev.meridian.ticket.TicketId;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** One move of a ticket up the tiers, with the reason given. */
@Entity
@Table(name = "routing_escalation")
public class Escalation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ticketId;

	private int fromTier;

	private int toTier;

	private String reason;

	private @Nullable Long actorId;

	private Instant escalatedAt;

	protected Escalation() {
	}

	public Escalation(long ticketId, Tier from, Tier to, String reason, @Nullable AgentId actor, Instant at) {
		this.ticketId = ticketId;
		this.fromTier = from.level();
		this.toTier = to.level();
		this.reason = reason;
		this.actorId = actor == null ? null : actor.value();
		this.escalatedAt = at;
	}

	public EscalationView view() {
		return new EscalationView(id, new TicketId(ticketId), Tier.of(fromTier), Tier.of(toTier), reason,
				actorId == null ? null : new AgentId(actorId), escalatedAt);
	}
}
