package dev.meridian.automation.internal;

import java.time.Instant;

import dev.meridian.automation.NotificationView;
import dev.meridian.ticket.TicketId;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "automation_notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agentId;

	private @Nullable Long ticketId;

	private String source;

	private String text;

	private Instant createdAt;

	private @Nullable Instant readAt;

	protected Notification() {
	}

	public Notification(long agentId, @Nullable Long ticketId, String source, String text, Instant now) {
		this.agentId = agentId;
		this.ticketId = ticketId;
		this.source = source.length() > 200 ? source.substring(0, 200) : source;
		this.text = text.length() > 2000 ? text.substring(0, 2000) : text;
		this.createdAt = now;
	}

	public long agentId() {
		return agentId;
	}

	public void read(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public NotificationView view() {
		return new NotificationView(id, ticketId == null ? null : new TicketId(ticketId), source, text, createdAt, readAt);
	}
}
