package dev.meridian.automation.internal;

import java.time.Instant;

import dev.meridian.automation.DeliveryView;
import dev.meridian.automation.WebhookId;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** One event on its way to one webhook, with its attempts: pending, delivered or failed. */
@Entity
@Table(name = "automation_webhook_delivery")
public class Delivery {

	public static final String PENDING = "pending";
	public static final String DELIVERED = "delivered";
	public static final String FAILED = "failed";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long webhookId;

	private String event;

	private @Nullable Long ticketId;

	private String payload;

	private String state;

	private int attempts;

	private @Nullable Instant nextAttemptAt;

	private @Nullable Integer lastStatus;

	private @Nullable String lastError;

	private @Nullable Long redeliveryOf;

	private Instant createdAt;

	private @Nullable Instant deliveredAt;

	@Version
	private int version;

	protected Delivery() {
	}

	public Delivery(long webhookId, String event, @Nullable Long ticketId, String payload, @Nullable Long redeliveryOf,
			Instant now) {
		this.webhookId = webhookId;
		this.event = event;
		this.ticketId = ticketId;
		this.payload = payload;
		this.redeliveryOf = redeliveryOf;
		this.state = PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	public long id() {
		return id;
	}

	public long webhookId() {
		return webhookId;
	}

	public String event() {
		return event;
	}

	public @Nullable Long ticketId() {
		return ticketId;
	}

	public String payload() {
		return payload;
	}

	public int attempts() {
		return attempts;
	}

	public void delivered(int status, Instant now) {
		attempts++;
		lastStatus = status;
		lastError = null;
		state = DELIVERED;
		deliveredAt = now;
		nextAttemptAt = null;
	}

	/** A failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
	public void failed(@Nullable Integer status, String error, @Nullable Instant next) {
		attempts++;
		lastStatus = status;
		lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
		state = next == null ? FAILED : PENDING;
		nextAttemptAt = next;
	}

	public DeliveryView view() {
		return new DeliveryView(id, new WebhookId(webhookId), event, ticketId, payload, state, attempts, nextAttemptAt,
				lastStatus, lastError, redeliveryOf, createdAt, deliveredAt);
	}
}
