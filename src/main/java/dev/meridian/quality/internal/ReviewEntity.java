package dev.meridian.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meridian.identity.AgentId;
import dev.meridian.quality.BusinessType;
import dev.meridian.quality.DisputeView;
import dev.meridian.quality.ItemScore;
import dev.meridian.quality.ReviewId;
import dev.meridian.quality.ReviewStatus;
import dev.meridian.quality.ReviewView;
import dev.meridian.quality.SamplingPlanId;
import dev.meridian.quality.ScorecardVersionId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** One reviewer's re-review of one conversation. Submitted once; afterwards only a decided dispute changes an item. */
@Entity
@Table(name = "quality_review")
public class ReviewEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ticketId;

	private @Nullable Long agentId;

	private long reviewerId;

	private @Nullable Long planId;

	private long scorecardVersionId;

	private boolean calibration;

	private String status;

	private @Nullable Integer score;

	private int maxScore;

	private boolean failed;

	private @Nullable Integer autoScore;

	private @Nullable String reviewComment;

	private Instant assignedAt;

	private @Nullable Instant submittedAt;

	private @Nullable Instant solvedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_review_score", joinColumns = @JoinColumn(name = "review_id"))
	private List<Score> scores = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_review_tag", joinColumns = @JoinColumn(name = "review_id"))
	@Column(name = "tag")
	private Set<String> tags = new LinkedHashSet<>();

	@Version
	private int lockVersion;

	protected ReviewEntity() {
	}

	public ReviewEntity(TicketId ticket, @Nullable AgentId agent, AgentId reviewer, @Nullable SamplingPlanId plan,
			ScorecardVersionId version, int maxScore, boolean calibration, @Nullable Integer autoScore,
			@Nullable Instant solvedAt, Instant now) {
		this.ticketId = ticket.value();
		this.agentId = agent == null ? null : agent.value();
		this.reviewerId = reviewer.value();
		this.planId = plan == null ? null : plan.value();
		this.scorecardVersionId = version.value();
		this.maxScore = maxScore;
		this.calibration = calibration;
		this.autoScore = autoScore;
		this.solvedAt = solvedAt;
		this.status = ReviewStatus.ASSIGNED.key();
		this.assignedAt = now;
	}

	public void submit(List<ItemScore> itemScores, Scoring.Result result, @Nullable String comment,
			Set<BusinessType> businessTypes, Instant now) {
		if (status().equals(ReviewStatus.SUBMITTED)) {
			throw DomainException.conflict("review.already_submitted", "this review was submitted; dispute an item instead");
		}
		scores.clear();
		itemScores.forEach(s -> scores.add(new Score(s)));
		this.score = result.score();
		this.failed = result.failed();
		this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
		tags.clear();
		businessTypes.forEach(t -> tags.add(t.key()));
		this.status = ReviewStatus.SUBMITTED.key();
		this.submittedAt = now;
	}

	/** A lead upheld a dispute: the item gets {@code points} (and is no longer breached), the score follows. */
	public void adjust(String item, int points, Scoring.Result result) {
		for (Score s : scores) {
			if (s.itemKey.equals(item)) {
				s.points = points;
				s.breached = false;
			}
		}
		this.score = result.score();
		this.failed = result.failed();
	}

	public Long id() {
		return id;
	}

	public long ticketId() {
		return ticketId;
	}

	public @Nullable AgentId agent() {
		return agentId == null ? null : new AgentId(agentId);
	}

	public AgentId reviewer() {
		return new AgentId(reviewerId);
	}

	public @Nullable Integer score() {
		return score;
	}

	public ReviewStatus status() {
		return ReviewStatus.parse(status);
	}

	public ScorecardVersionId scorecardVersion() {
		return new ScorecardVersionId(scorecardVersionId);
	}

	public List<ItemScore> itemScores() {
		return scores.stream().map(Score::view).toList();
	}

	public ReviewView view(List<DisputeView> disputes, List<ReviewView.Event> history) {
		Set<BusinessType> types = tags.stream().map(BusinessType::parse)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessType.class)));
		return new ReviewView(new ReviewId(id), new TicketId(ticketId), agent(), reviewer(),
				planId == null ? null : new SamplingPlanId(planId), scorecardVersion(), calibration, status(), score,
				maxScore, failed, autoScore, reviewComment, itemScores(), types, assignedAt, submittedAt, solvedAt, disputes,
				history);
	}

	@Embeddable
	public static class Score {

		private String itemKey;

		private int points;

		private boolean breached;

		private @Nullable String note;

		protected Score() {
		}

		Score(ItemScore score) {
			this.itemKey = score.item();
			this.points = score.points();
			this.breached = score.breached();
			this.note = score.note() == null || score.note().isBlank() ? null : score.note().strip();
		}

		ItemScore view() {
			return new ItemScore(itemKey, points, breached, note);
		}
	}
}
