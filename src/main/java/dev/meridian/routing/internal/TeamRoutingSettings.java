package dev.meridian.routing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.AssignmentMode;
import dev.meridian.routing.AssignmentStrategy;
import dev.meridian.routing.TeamRouting;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** A team's routing settings; the round-robin position moves with every push assignment. */
@Entity
@Table(name = "routing_team")
public class TeamRoutingSettings {

	@Id
	private Long teamId;

	private boolean enabled;

	@Enumerated(EnumType.STRING)
	private AssignmentMode mode;

	@Enumerated(EnumType.STRING)
	private AssignmentStrategy strategy;

	private int chatWeight;

	private boolean rerouteTicketsOnOffline;

	private @Nullable Long lastAgentId;

	@ElementCollection
	@CollectionTable(name = "routing_team_brand", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "brand_id")
	private Set<Long> brands = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "routing_team_language", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "language")
	private Set<String> languages = new TreeSet<>();

	private Instant updatedAt;

	@Version
	private int version;

	protected TeamRoutingSettings() {
	}

	public TeamRoutingSettings(long teamId, Instant now) {
		this.teamId = teamId;
		this.enabled = false;
		this.mode = AssignmentMode.PUSH;
		this.strategy = AssignmentStrategy.LEAST_LOADED;
		this.chatWeight = 2;
		this.updatedAt = now;
	}

	public void enable(boolean enabled) {
		this.enabled = enabled;
	}

	public void assignBy(AssignmentMode mode, AssignmentStrategy strategy) {
		this.mode = mode;
		this.strategy = strategy;
	}

	public void weighChats(int weight) {
		if (weight < 1 || weight > 10) {
			throw DomainException.ruleBroken("routing.invalid_chat_weight", "chat weight must be between 1 and 10");
		}
		this.chatWeight = weight;
	}

	public void rerouteTicketsOnOffline(boolean reroute) {
		this.rerouteTicketsOnOffline = reroute;
	}

	public void serveBrands(Collection<BrandId> brandIds) {
		brands.clear();
		brandIds.forEach(b -> brands.add(b.value()));
	}

	public void serveLanguages(Collection<String> tags) {
		languages.clear();
		tags.forEach(t -> languages.add(LanguageTag.normalize(t)));
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public long teamId() {
		return teamId;
	}

	public @Nullable Long lastAgentId() {
		return lastAgentId;
	}

	public TeamRouting view() {
		return new TeamRouting(new TeamId(teamId), enabled, mode, strategy,
				brands.stream().sorted().map(BrandId::new).toList(), languages.stream().sorted().toList(), chatWeight,
				rerouteTicketsOnOffline);
	}
}
