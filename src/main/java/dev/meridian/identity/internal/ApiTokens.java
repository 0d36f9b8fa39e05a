package dev.meridian.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues bearer tokens and resolves them back to their agent. */
@Component
@Transactional
public class ApiTokens {

	public record Issued(String token, Instant expiresAt) {
	}

	private static final String PREFIX = "mrd_";

	private final ApiTokenRepository tokens;
	private final IdentitySettings settings;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, IdentitySettings settings, Clock clock) {
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
	}

	public Issued issue(long agentId) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		ApiToken saved = tokens.save(new ApiToken(agentId, hash(token), now, now.plus(settings.tokenTtl())));
		return new Issued(token, saved.expiresAt());
	}

	/** Whose a valid token is, and until when it is valid. */
	public record Holder(long agentId, Instant expiresAt) {
	}

	public Optional<Holder> holder(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(token)).filter(t -> t.validAt(now)).map(t -> {
			t.usedAt(now);
			return new Holder(t.agentId(), t.expiresAt());
		});
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
