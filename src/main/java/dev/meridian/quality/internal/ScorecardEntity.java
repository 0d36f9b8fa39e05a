package dev.meridian.quality.internal;

import java.time.Instant;

import dev.meridian.identity.BrandId;
import dev.meridian.quality.ScorecardDraft;
import dev.meridian.ticket.Channel;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** A scorecard's name, scope (brand, channel) and the number of its current version; items live in the versions. */
@Entity
@Table(name = "quality_scorecard")
public class ScorecardEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private @Nullable Long brandId;

	private @Nullable String channel;

	private boolean enabled;

	private int currentVersion;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int lockVersion;

	protected ScorecardEntity() {
	}

	public ScorecardEntity(ScorecardDraft draft, Instant now) {
		this.createdAt = now;
		this.currentVersion = 1;
		change(draft, now);
	}

	public void change(ScorecardDraft draft, Instant now) {
		this.name = draft.name().strip();
		this.brandId = draft.brand() == null ? null : draft.brand().value();
		this.channel = draft.channel() == null ? null : draft.channel().key();
		this.enabled = draft.enabled();
		this.updatedAt = now;
	}

	/** Starts the next version; the caller stores its items. */
	public int nextVersion(Instant now) {
		currentVersion++;
		updatedAt = now;
		return currentVersion;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public @Nullable BrandId brand() {
		return brandId == null ? null : new BrandId(brandId);
	}

	public @Nullable Channel channel() {
		return channel == null ? null : Channel.parse(channel);
	}

	public boolean enabled() {
		return enabled;
	}

	public int currentVersion() {
		return currentVersion;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
