package dev.meridian.quality.internal;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import dev.meridian.quality.ReviewView;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** One step in a review's history; written once, never changed. */
@Entity
@Table(name = "quality_review_event")
public class ReviewEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reviewId;

	private Instant at;

	private @Nullable Long actorId;

	private String action;

	private @Nullable String itemKey;

	private @Nullable Integer scoreAfter;

	private @Nullable String note;

	protected ReviewEventEntity() {
	}

	public ReviewEventEntity(long reviewId, Instant at, @Nullable AgentId actor, String action, @Nullable String item,
			@Nullable Integer scoreAfter, @Nullable String note) {
		this.reviewId = reviewId;
		this.at = at;
		this.actorId = actor == null ? null : actor.value();
		this.action = action;
		this.itemKey = item;
		this.scoreAfter = scoreAfter;
		this.note = note;
	}

	public ReviewView.Event view() {
		return new ReviewView.Event(at, actorId == null ? null : new AgentId(actorId), action, itemKey, scoreAfter, note);
	}
}
