package dev.meridian.identity.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** A bearer token for the API. Only the SHA-256 of the token is stored; the token itself is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agentId;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant lastUsedAt;

	protected ApiToken() {
	}

	public ApiToken(Long agentId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.agentId = agentId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean validAt(Instant now) {
		return now.isBefore(expiresAt);
	}

	/**
	 * Records a use to the minute: a client that calls the API many times a second would otherwise write this row
	 * on every request.
	 */
	public void usedAt(Instant now) {
		if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RESOLUTION))) {
			this.lastUsedAt = now;
		}
	}

	public @Nullable Instant lastUsedAt() {
		return lastUsedAt;
	}

	public Long agentId() {
		return agentId;
	}

	public Instant expiresAt() {
		return expiresAt;
	}
}
