package dev.meridian.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Role;
import dev.meridian.quality.internal.DisputeEntity;
import dev.meridian.quality.internal.DisputeRepository;
import dev.meridian.quality.internal.InspectionEntity;
import dev.meridian.quality.internal.InspectionRepository;
import dev.meridian.quality.internal.ReviewEntity;
import dev.meridian.quality.internal.ReviewEventEntity;
import dev.meridian.quality.internal.ReviewEventRepository;
import dev.meridian.quality.internal.ReviewRepository;
import dev.meridian.quality.internal.ReviewScoring;
import dev.meridian.quality.internal.Scoring;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-reviews (复检), disputes and calibration. Who may do what: a reviewer scores the reviews assigned to them but
 * never a conversation of their own; an agent sees their own submitted reviews and may dispute an item once; leads
 * (and admins) see every review, assign reviews, start calibrations and decide disputes, though never their own.
 */
@Service
@Transactional
public class Reviews {

	private final ReviewRepository reviews;
	private final DisputeRepository disputes;
	private final ReviewEventRepository history;
	private final InspectionRepository inspections;
	private final Scorecards scorecards;
	private final Agents agents;
	private final Clock clock;

	Reviews(ReviewRepository reviews, DisputeRepository disputes, ReviewEventRepository history,
			InspectionRepository inspections, Scorecards scorecards, Agents agents, Clock clock) {
		this.reviews = reviews;
		this.disputes = disputes;
		this.history = history;
		this.inspections = inspections;
		this.scorecards = scorecards;
		this.agents = agents;
		this.clock = clock;
	}

	/** A lead assigns a conversation to a reviewer. */
	public ReviewView assign(TicketId ticket, AgentId reviewer, Actor by) {
		requireLead(by);
		return open(inspection(ticket), reviewer, null, false, clock.instant());
	}

	/** A lead has several reviewers score the same conversation, to see how far they agree. */
	public List<ReviewView> calibrate(TicketId ticket, List<AgentId> reviewers, Actor by) {
		requireLead(by);
		if (reviewers.size() < 2) {
			throw DomainException.ruleBroken("calibration.too_few_reviewers", "a calibration needs at least two reviewers");
		}
		InspectionView inspection = inspection(ticket);
		Instant now = clock.instant();
		return reviewers.stream().distinct().map(r -> open(inspection, r, null, true, now)).toList();
	}

	ReviewView open(InspectionView inspection, AgentId reviewer, @Nullable SamplingPlanId plan, boolean calibration,
			Instant now) {
		if (!agents.exists(reviewer)) {
			throw DomainException.ruleBroken("review.unknown_reviewer", "agent " + reviewer + " does not exist");
		}
		AgentView who = agents.get(reviewer);
		if (who.role() == Role.INTEGRATION || !who.enabled()) {
			throw DomainException.ruleBroken("review.invalid_reviewer", who.name() + " cannot review");
		}
		if (reviewer.equals(inspection.agent())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "review.own_conversation",
					"nobody reviews a conversation of their own");
		}
		if (reviews.existsByTicketIdAndReviewerId(inspection.ticket().value(), reviewer.value())) {
			throw DomainException.conflict("review.already_assigned", who.name() + " already reviews this conversation");
		}
		ScorecardVersionView version = inspection.scorecardVersion() != null
				? scorecards.version(inspection.scorecardVersion())
				: scorecards.applicable(inspection.brand(), inspection.channel())
					.orElseThrow(() -> DomainException.ruleBroken("review.no_scorecard",
							"no enabled scorecard applies to this conversation"));
		ReviewEntity review = reviews.saveAndFlush(new ReviewEntity(inspection.ticket(), inspection.agent(), reviewer,
				plan, version.id(), version.maxPoints(), calibration, inspection.score(), inspection.solvedAt(), now));
		history.save(new ReviewEventEntity(review.id(), now, null, calibration ? "calibration" : "assigned", null, null,
				who.name()));
		return view(review);
	}

	@Transactional(readOnly = true)
	public ReviewView get(ReviewId id, Actor by) {
		ReviewEntity review = find(id);
		if (!maySee(review, by)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "review.not_yours",
					"you can see your own reviews and the ones you review; leads see all");
		}
		return view(review);
	}

	/** The reviews waiting for {@code by}'s scores, oldest first. */
	@Transactional(readOnly = true)
	public List<ReviewView> toReview(Actor by) {
		return reviews.ofReviewer(by.id().value(), ReviewStatus.ASSIGNED.key()).stream().map(this::view).toList();
	}

	/** An agent's submitted reviews, newest first: their own, or anyone's for a lead. */
	@Transactional(readOnly = true)
	public List<ReviewView> ofAgent(AgentId agent, Actor by) {
		if (!by.lead() && !by.id().equals(agent)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "review.not_yours",
					"you can see your own reviews; leads see all");
		}
		return reviews.ofAgent(agent.value()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public List<ReviewView> ofTicket(TicketId ticket, Actor by) {
		return reviews.findByTicketIdOrderByIdAsc(ticket.value()).stream().filter(r -> maySee(r, by)).map(this::view).toList();
	}

	public ReviewView submit(ReviewId id, ReviewSubmission submission, Actor by) {
		ReviewEntity review = find(id);
		if (by.id().equals(review.agent())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "review.own_conversation",
					"nobody scores a conversation of their own");
		}
		if (!by.id().equals(review.reviewer())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "review.not_your_assignment",
					"only the reviewer this review is assigned to scores it");
		}
		if (submission.comment() != null && submission.comment().length() > 4000) {
			throw DomainException.malformed("review.comment_too_long", "a comment has at most 4000 characters");
		}
		ScorecardVersionView version = scorecards.version(review.scorecardVersion());
		Scoring.Result result = ReviewScoring.score(version, submission.scores());
		Instant now = clock.instant();
		review.submit(submission.scores(), result, submission.comment(), submission.businessTypes(), now);
		reviews.flush();
		history.save(new ReviewEventEntity(review.id(), now, by.id(), "submitted", null, result.score(), null));
		return view(review);
	}

	/** The reviewed agent appeals one item of a submitted review. */
	public DisputeView dispute(ReviewId id, String item, String reason, Actor by) {
		ReviewEntity review = find(id);
		if (!by.id().equals(review.agent())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "dispute.not_your_review",
					"only the agent whose conversation was reviewed disputes it");
		}
		if (review.status() != ReviewStatus.SUBMITTED) {
			throw DomainException.ruleBroken("dispute.not_submitted", "this review has no scores yet");
		}
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw DomainException.malformed("dispute.reason_required", "say why, in at most 2000 characters");
		}
		ItemScore score = review.itemScores().stream().filter(s -> s.item().equals(item)).findFirst()
			.orElseThrow(() -> DomainException.ruleBroken("dispute.unknown_item", "item '" + item + "' is not on this review"));
		boolean again = disputes.findByReviewIdOrderByIdAsc(review.id()).stream().anyMatch(d -> d.item().equals(item));
		if (again) {
			throw DomainException.conflict("dispute.already_disputed", "this item was disputed already");
		}
		Instant now = clock.instant();
		DisputeEntity dispute = disputes.saveAndFlush(new DisputeEntity(review.id(), item, by.id(), reason, score.points(), now));
		history.save(new ReviewEventEntity(review.id(), now, by.id(), "disputed", item, null, reason.strip()));
		return dispute.view();
	}

	/**
	 * A lead decides a dispute. Upheld, the item gets {@code points} (its full points when null; a red line is no
	 * longer breached) and the review's score follows; rejected, nothing changes. Either way the history says so.
	 */
	public ReviewView decide(DisputeId id, boolean upheld, @Nullable Integer points, @Nullable String note, Actor by) {
		requireLead(by);
		DisputeEntity dispute = disputes.findById(id.value()).orElseThrow(() -> DomainException.notFound("dispute", id));
		if (dispute.agent().equals(by.id())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "dispute.own_dispute",
					"another lead decides a dispute of your own");
		}
		ReviewEntity review = reviews.findById(dispute.reviewId()).orElseThrow();
		Instant now = clock.instant();
		Integer after = null;
		if (upheld) {
			ScorecardVersionView version = scorecards.version(review.scorecardVersion());
			ScorecardItem item = version.item(dispute.item()).orElseThrow();
			int granted = item.type() == ItemType.RED_LINE ? 0 : points == null ? item.points() : points;
			List<ItemScore> changed = review.itemScores().stream()
				.map(s -> s.item().equals(dispute.item()) ? new ItemScore(s.item(), granted, false, s.note()) : s)
				.toList();
			review.adjust(dispute.item(), granted, ReviewScoring.score(version, changed));
			after = granted;
		}
		dispute.decide(upheld, by.id(), note, after, now);
		reviews.flush();
		history.save(new ReviewEventEntity(review.id(), now, by.id(), upheld ? "dispute_upheld" : "dispute_rejected",
				dispute.item(), review.score(), note == null || note.isBlank() ? null : note.strip()));
		return view(review);
	}

	@Transactional(readOnly = true)
	public List<DisputeView> openDisputes(Actor by) {
		requireLead(by);
		return disputes.findByStatusOrderByIdAsc(DisputeStatus.OPEN.key()).stream().map(DisputeEntity::view).toList();
	}

	/** Every reviewer's score of a calibrated conversation, their mean and variance, and the spread per item. */
	@Transactional(readOnly = true)
	public Calibration calibration(TicketId ticket, Actor by) {
		requireLead(by);
		List<ReviewEntity> all = reviews.findByTicketIdOrderByIdAsc(ticket.value());
		if (all.isEmpty()) {
			throw DomainException.notFound("calibration", ticket);
		}
		List<ReviewView> views = all.stream().map(this::view).toList();
		List<Calibration.Entry> entries = views.stream()
			.map(r -> new Calibration.Entry(r.id(), r.reviewer(), r.status(), r.score()))
			.toList();
		List<Integer> scores = views.stream().filter(r -> r.score() != null).map(ReviewView::score).toList();
		Double mean = scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElse(0);
		Double variance = mean == null ? null
				: scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / scores.size();
		Map<String, Calibration.Spread> items = new LinkedHashMap<>();
		for (ReviewView review : views) {
			for (ItemScore score : review.scores()) {
				items.merge(score.item(), new Calibration.Spread(score.points(), score.points()),
						(a, b) -> new Calibration.Spread(Math.min(a.min(), b.min()), Math.max(a.max(), b.max())));
			}
		}
		return new Calibration(ticket, entries, mean, variance, items);
	}

	private boolean maySee(ReviewEntity review, Actor by) {
		return by.lead() || by.id().equals(review.reviewer())
				|| by.id().equals(review.agent()) && review.status() == ReviewStatus.SUBMITTED;
	}

	private InspectionView inspection(TicketId ticket) {
		return inspections.findByTicketId(ticket.value())
			.map(InspectionEntity::view)
			.orElseThrow(() -> DomainException.ruleBroken("review.not_inspected",
					"this conversation has not been inspected yet: it is reviewed once it is solved"));
	}

	private static void requireLead(Actor by) {
		if (!by.lead()) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "review.lead_only", "only a lead may do this");
		}
	}

	private ReviewEntity find(ReviewId id) {
		return reviews.findById(id.value()).orElseThrow(() -> DomainException.notFound("review", id));
	}

	private ReviewView view(ReviewEntity review) {
		return review.view(disputes.findByReviewIdOrderByIdAsc(review.id()).stream().map(DisputeEntity::view).toList(),
				history.findByReviewIdOrderByIdAsc(review.id()).stream().map(ReviewEventEntity::view).toList());
	}
}
