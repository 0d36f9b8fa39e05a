package dev.meridian.automation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import dev.meridian.automation.internal.Notification;
import dev.meridian.automation.internal.NotificationRepository;
import dev.meridian.identity.AgentId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agents' in-app notifications (the bell): what rules tell them, newest first, read or unread. */
@Service
@Transactional
public class Notifications {

	private final NotificationRepository notifications;
	private final Clock clock;

	Notifications(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	public void notify(Collection<AgentId> agents, @Nullable TicketId ticket, String source, String text) {
		for (AgentId agent : agents.stream().distinct().toList()) {
			notifications.save(new Notification(agent.value(), ticket == null ? null : ticket.value(), source, text,
					clock.instant()));
		}
	}

	/** At most {@code limit} notifications of {@code agent}, newest first, older than {@code before} when given. */
	@Transactional(readOnly = true)
	public List<NotificationView> of(AgentId agent, int limit, @Nullable Long before) {
		var page = PageRequest.of(0, Math.max(1, Math.min(limit, 100)));
		return (before == null ? notifications.latest(agent.value(), page)
				: notifications.before(agent.value(), before, page)).stream().map(Notification::view).toList();
	}

	@Transactional(readOnly = true)
	public long unread(AgentId agent) {
		return notifications.countByAgentIdAndReadAtIsNull(agent.value());
	}

	public void markRead(AgentId agent, long id) {
		Notification notification = notifications.findById(id)
			.filter(n -> n.agentId() == agent.value())
			.orElseThrow(() -> DomainException.notFound("notification", id));
		notification.read(clock.instant());
	}

	public int markAllRead(AgentId agent) {
		return notifications.readAll(agent.value(), clock.instant());
	}
}
