package dev.meridian.identity.internal;

import java.util.Locale;
import java.util.Optional;

import dev.meridian.identity.AgentPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class AgentDetailsService implements UserDetailsService {

	private final AgentRepository agents;

	AgentDetailsService(AgentRepository agents) {
		this.agents = agents;
	}

	@Override
	public AgentPrincipal loadUserByUsername(String email) {
		return principal(agents.findByEmail(email.trim().toLowerCase(Locale.ROOT)))
			.orElseThrow(() -> new UsernameNotFoundException("no such agent"));
	}

	/** The agent behind an API token: without the password hash, which a token's requests never need. */
	Optional<AgentPrincipal> byId(long id) {
		return agents.findWithTeamsById(id).map(a -> new AgentPrincipal(a.view(), null));
	}

	private static Optional<AgentPrincipal> principal(Optional<Agent> agent) {
		return agent.map(a -> new AgentPrincipal(a.view(), a.passwordHash()));
	}
}
