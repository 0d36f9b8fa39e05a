package dev.meridian.quality;

import java.time.Instant;
import java.util.List;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * The automatic inspection of a solved conversation: the agent it judged, the scorecard version it scored with, the
 * score out of {@code maxScore} (0 when a red line was crossed, {@code failed}), and every hit with its evidence.
 * Score and maximum are null when no enabled scorecard applied.
 */
public record InspectionView(InspectionId id, TicketId ticket, @Nullable AgentId agent, BrandId brand, Channel channel,
		@Nullable ScorecardVersionId scorecardVersion, @Nullable Integer score, @Nullable Integer maxScore,
		boolean failed, List<Hit> hits, @Nullable Instant solvedAt, Instant inspectedAt, InspectionTrigger trigger) {

	/**
	 * A rule's finding: the message and the span of its text ({@code start} inclusive, {@code end} exclusive) that
	 * show it, the matched text (card numbers masked), and a detail such as the minutes a customer waited. A hit that
	 * no single message shows (a repeat contact) has no message.
	 */
	public record Hit(InspectionRuleId rule, String ruleKind, String item, @Nullable MessageId message, int start,
			int end, String excerpt, @Nullable String detail) {
	}
}
