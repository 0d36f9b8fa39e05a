package dev.meridian.identity.internal;

import dev.meridian.identity.AgentAccessChanged;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs an agent out of every browser once their role or password changes or their account is disabled,
 * because a session keeps the permissions it was signed in with. The browser that made the change stays
 * signed in (an agent changing their own password keeps working). API tokens are checked afresh but for a few
 * seconds' memory, which {@link BearerPrincipals} drops on the same change.
 */
@Component
class SessionRevoker {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionRevoker(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void revoke(AgentAccessChanged change) {
		String current = currentSessionId();
		sessions.findByPrincipalName(change.email()).keySet().stream()
			.filter(id -> !id.equals(current))
			.forEach(sessions::deleteById);
	}

	private static @Nullable String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}
}
