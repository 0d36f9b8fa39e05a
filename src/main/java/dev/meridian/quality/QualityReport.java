package dev.meridian.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.meridian.identity.AgentId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** The rows of the quality reports; each report is a list of one of these, or one summary. */
public final class QualityReport {

	private QualityReport() {
	}

	/** How many conversations a reviewer re-reviewed (submitted) on one day. */
	public record ReviewerDay(AgentId reviewer, String name, LocalDate date, int reviewed) {
	}

	/** A key (category, item or business type) and how many conversations it was flagged in. */
	public record Count(String key, int conversations) {
	}

	/** One week (from its Monday) of an agent's conversations: how many, how many flagged, flags per category. */
	public record Week(LocalDate week, int conversations, int flagged, List<Count> categories) {
	}

	/**
	 * What an agent is flagged for, most first. A conversation's flags are what its review took points for, or, when
	 * nobody reviewed it, what automatic inspection hit: the reviewer's word beats the machine's.
	 */
	public record AgentFlags(AgentId agent, String name, int conversations, int flagged, List<Count> categories,
			List<Count> items, List<Count> businessTypes, List<Week> weeks) {
	}

	/** Scores as percentages of the scorecard's points, in buckets 0–59, 60–69, 70–79, 80–89, 90–100. */
	public record Distribution(int below60, int from60, int from70, int from80, int from90) {
	}

	public record AgentAverage(AgentId agent, String name, int conversations, @Nullable Double autoAverage,
			int reviewed, @Nullable Double reviewAverage, int redLines) {
	}

	/** Averages (percent of the points) and distributions of automatic and human scores, overall and per agent. */
	public record TeamSummary(int conversations, @Nullable Double autoAverage, Distribution autoDistribution,
			int reviewed, @Nullable Double reviewAverage, Distribution reviewDistribution, List<AgentAverage> agents) {
	}

	/** A red line crossed: found by automatic inspection, by a reviewer, or both. */
	public record RedLine(TicketId ticket, long number, AgentId agent, String agentName, String item, String source,
			@Nullable Instant solvedAt, @Nullable String excerpt) {
	}

	/** How often automatic inspection and reviewers agree on one item, over the reviewed conversations. */
	public record ItemAgreement(String item, int conversations, int agree, int autoOnly, int humanOnly) {
	}

	/**
	 * Agreement between automatic and human scores over the conversations that both scored: the share with the same
	 * verdict (failed or not), the share of items both flagged or both passed, and the mean absolute difference of
	 * the scores in percentage points.
	 */
	public record Agreement(int conversations, @Nullable Double verdictAgreement, @Nullable Double itemAgreement,
			@Nullable Double meanAbsoluteDifference, List<ItemAgreement> items) {
	}
}
