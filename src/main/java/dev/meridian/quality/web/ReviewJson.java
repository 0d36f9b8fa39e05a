package dev.meridian.quality.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.quality.BusinessType;
import dev.meridian.quality.DisputeView;
import dev.meridian.quality.ItemScore;
import dev.meridian.quality.ReviewView;
import org.jspecify.annotations.Nullable;

/** A review as the API shows it. */
record ReviewJson(String id, String ticket, @Nullable String agent, String reviewer, @Nullable String plan,
		String scorecardVersion, boolean calibration, String status, @Nullable Integer score, int maxScore,
		boolean failed, @Nullable Integer autoScore, @Nullable String comment, List<ScoreJson> scores,
		List<String> businessTypes, Instant assignedAt, @Nullable Instant submittedAt, List<DisputeJson> disputes,
		List<EventJson> history) {

	record ScoreJson(String item, int points, boolean breached, @Nullable String note) {

		static ScoreJson of(ItemScore s) {
			return new ScoreJson(s.item(), s.points(), s.breached(), s.note());
		}
	}

	record DisputeJson(String id, String review, String item, String agent, String reason, String status,
			@Nullable String decidedBy, @Nullable String decisionNote, int pointsBefore, @Nullable Integer pointsAfter,
			Instant createdAt, @Nullable Instant decidedAt) {

		static DisputeJson of(DisputeView d) {
			return new DisputeJson(d.id().toString(), d.review().toString(), d.item(), d.agent().toString(), d.reason(),
					d.status().key(), d.decidedBy() == null ? null : d.decidedBy().toString(), d.decisionNote(),
					d.pointsBefore(), d.pointsAfter(), d.createdAt(), d.decidedAt());
		}
	}

	record EventJson(Instant at, @Nullable String actor, String action, @Nullable String item,
			@Nullable Integer scoreAfter, @Nullable String note) {
	}

	static ReviewJson of(ReviewView r) {
		return new ReviewJson(r.id().toString(), r.ticket().toString(), r.agent() == null ? null : r.agent().toString(),
				r.reviewer().toString(), r.plan() == null ? null : r.plan().toString(), r.scorecardVersion().toString(),
				r.calibration(), r.status().key(), r.score(), r.maxScore(), r.failed(), r.autoScore(), r.comment(),
				r.scores().stream().map(ScoreJson::of).toList(),
				r.businessTypes().stream().map(BusinessType::key).sorted().toList(), r.assignedAt(), r.submittedAt(),
				r.disputes().stream().map(DisputeJson::of).toList(),
				r.history().stream().map(e -> new EventJson(e.at(), e.actor() == null ? null : e.actor().toString(),
						e.action(), e.item(), e.scoreAfter(), e.note())).toList());
	}
}
