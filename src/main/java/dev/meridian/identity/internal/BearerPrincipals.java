package dev.meridian.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.identity.AgentAccessChanged;
import dev.meridian.identity.AgentPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which agent a bearer token signs in, remembered for a few seconds. A client sends its token with every request,
 * and looking the token and its agent up again each time cost a quarter of the CPU of a short API request
 * (docs/performance.md). A change to an agent's access (role, password, disabled) forgets their tokens at once on
 * this node; other nodes follow within {@link #REMEMBERED}, as do changes to an agent's name, locale or time zone.
 */
@Component
class BearerPrincipals {

	static final Duration REMEMBERED = Duration.ofSeconds(10);

	/** Far more tokens than a help desk uses within ten seconds; past it the map is emptied rather than grown. */
	private static final int MOST_REMEMBERED = 10_000;

	private record Remembered(AgentPrincipal principal, Instant until) {
	}

	private final Map<String, Remembered> byTokenHash = new ConcurrentHashMap<>();
	private final ApiTokens tokens;
	private final AgentDetailsService agents;
	private final Clock clock;

	BearerPrincipals(ApiTokens tokens, AgentDetailsService agents, Clock clock) {
		this.tokens = tokens;
		this.agents = agents;
		this.clock = clock;
	}

	/** The enabled agent the token signs in, if the token is valid. */
	Optional<AgentPrincipal> signIn(String token) {
		Instant now = clock.instant();
		String hash = ApiTokens.hash(token);
		Remembered remembered = byTokenHash.get(hash);
		if (remembered != null && now.isBefore(remembered.until())) {
			return Optional.of(remembered.principal());
		}
		Optional<ApiTokens.Holder> holder = tokens.holder(token);
		Optional<AgentPrincipal> principal = holder.flatMap(h -> agents.byId(h.agentId())).filter(AgentPrincipal::isEnabled);
		if (principal.isPresent()) {
			if (byTokenHash.size() >= MOST_REMEMBERED) {
				byTokenHash.clear();
			}
			Instant until = now.plus(REMEMBERED);
			byTokenHash.put(hash, new Remembered(principal.get(), until.isBefore(holder.get().expiresAt()) ? until
					: holder.get().expiresAt()));
		}
		else {
			byTokenHash.remove(hash);
		}
		return principal;
	}

	@TransactionalEventListener
	void forget(AgentAccessChanged change) {
		byTokenHash.values().removeIf(r -> r.principal().id().equals(change.agent()));
	}
}
