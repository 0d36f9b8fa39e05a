package dev.meridian.routing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.RoutingDecision;
import dev.meridian.routing.Tier;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** A ticket's routing state: the tier it needs, skills required beyond its tags, and the last decision. */
@Entity
@Table(name = "routing_ticket")
public class TicketRouting {

	@Id
	private Long ticketId;

	private int tier = 1;

	@ElementCollection
	@CollectionTable(name = "routing_ticket_skill", joinColumns = @JoinColumn(name = "ticket_id"))
	@Column(name = "skill")
	private Set<String> skills = new TreeSet<>();

	@Enumerated(EnumType.STRING)
	private RoutingDecision.@Nullable Outcome outcome;

	private @Nullable Long teamId;

	private @Nullable Long agentId;

	private @Nullable String detail;

	private @Nullable Instant decidedAt;

	@Version
	private int version;

	protected TicketRouting() {
	}

	public TicketRouting(long ticketId) {
		this.ticketId = ticketId;
	}

	public Tier tier() {
		return Tier.of(tier);
	}

	public void needTier(Tier tier) {
		this.tier = tier.level();
	}

	public Set<String> skills() {
		return Set.copyOf(skills);
	}

	public void needSkills(Collection<String> required) {
		skills.clear();
		skills.addAll(required);
	}

	public void decided(RoutingDecision decision, Instant at) {
		this.outcome = decision.outcome();
		this.teamId = decision.team() == null ? null : decision.team().value();
		this.agentId = decision.agent() == null ? null : decision.agent().value();
		String text = decision.detail();
		this.detail = text.length() > 500 ? text.substring(0, 500) : text;
		this.decidedAt = at;
	}

	public @Nullable RoutingDecision lastDecision() {
		if (outcome == null) {
			return null;
		}
		return new RoutingDecision(outcome, teamId == null ? null : new TeamId(teamId),
				agentId == null ? null : new AgentId(agentId), null, detail == null ? "" : detail);
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}
}
