package dev.meridian.identity.internal;

import dev.meridian.identity.AgentAccessChanged;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Signs an agent out of every browser once their role changes or their account is disabled, because a
 * session keeps the permissions it was signed in with. API tokens need nothing: they are checked afresh on
 * every request.
 */
@Component
class SessionRevoker {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionRevoker(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void revoke(AgentAccessChanged change) {
		sessions.findByPrincipalName(change.email()).keySet().forEach(sessions::deleteById);
	}
}
