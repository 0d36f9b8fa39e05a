package dev.meridian.quality.internal;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import dev.meridian.quality.DisputeId;
import dev.meridian.quality.DisputeStatus;
import dev.meridian.quality.DisputeView;
import dev.meridian.quality.ReviewId;
import dev.meridian.shared.DomainException;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** An agent's appeal of one item of a submitted review; decided once, by a lead. */
@Entity
@Table(name = "quality_dispute")
public class DisputeEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reviewId;

	private String itemKey;

	private long agentId;

	private String reason;

	private String status;

	private @Nullable Long decidedBy;

	private @Nullable String decisionNote;

	private int pointsBefore;

	private @Nullable Integer pointsAfter;

	private Instant createdAt;

	private @Nullable Instant decidedAt;

	@Version
	private int lockVersion;

	protected DisputeEntity() {
	}

	public DisputeEntity(long reviewId, String item, AgentId agent, String reason, int pointsBefore, Instant now) {
		this.reviewId = reviewId;
		this.itemKey = item;
		this.agentId = agent.value();
		this.reason = reason.strip();
		this.status = DisputeStatus.OPEN.key();
		this.pointsBefore = pointsBefore;
		this.createdAt = now;
	}

	public void decide(boolean upheld, AgentId by, @Nullable String note, @Nullable Integer points, Instant now) {
		if (!status.equals(DisputeStatus.OPEN.key())) {
			throw DomainException.conflict("dispute.already_decided", "this dispute was decided");
		}
		this.status = (upheld ? DisputeStatus.UPHELD : DisputeStatus.REJECTED).key();
		this.decidedBy = by.value();
		this.decisionNote = note == null || note.isBlank() ? null : note.strip();
		this.pointsAfter = upheld ? points : null;
		this.decidedAt = now;
	}

	public Long id() {
		return id;
	}

	public long reviewId() {
		return reviewId;
	}

	public String item() {
		return itemKey;
	}

	public AgentId agent() {
		return new AgentId(agentId);
	}

	public boolean open() {
		return status.equals(DisputeStatus.OPEN.key());
	}

	public DisputeView view() {
		return new DisputeView(new DisputeId(id), new ReviewId(reviewId), itemKey, new AgentId(agentId), reason,
				DisputeStatus.parse(status), decidedBy == null ? null : new AgentId(decidedBy), decisionNote, pointsBefore,
				pointsAfter, createdAt, decidedAt);
	}
}
