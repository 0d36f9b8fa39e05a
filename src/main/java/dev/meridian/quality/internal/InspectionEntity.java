package dev.meridian.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.quality.InspectionId;
import dev.meridian.quality.InspectionRuleId;
import dev.meridian.quality.InspectionTrigger;
import dev.meridian.quality.InspectionView;
import dev.meridian.quality.ScorecardVersionId;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** The latest automatic inspection of one ticket; inspecting the ticket again replaces its findings and score. */
@Entity
@Table(name = "quality_inspection")
public class InspectionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ticketId;

	private @Nullable Long agentId;

	private long brandId;

	private String channel;

	private @Nullable Long scorecardVersionId;

	private @Nullable Integer score;

	private @Nullable Integer maxScore;

	private boolean failed;

	private int hitCount;

	private @Nullable Instant solvedAt;

	private Instant inspectedAt;

	private String triggerKind;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_hit", joinColumns = @JoinColumn(name = "inspection_id"))
	@OrderColumn(name = "position")
	private List<Hit> hits = new ArrayList<>();

	@Version
	private int lockVersion;

	protected InspectionEntity() {
	}

	public InspectionEntity(long ticketId) {
		this.ticketId = ticketId;
	}

	/** Records an inspection's outcome, replacing the previous one. */
	public void record(@Nullable AgentId agent, BrandId brand, Channel channel, @Nullable ScorecardVersionId version,
			Scoring.@Nullable Result result, List<Finding> findings, @Nullable Instant solvedAt, Instant now,
			InspectionTrigger trigger) {
		this.agentId = agent == null ? null : agent.value();
		this.brandId = brand.value();
		this.channel = channel.key();
		this.scorecardVersionId = version == null ? null : version.value();
		this.score = result == null ? null : result.score();
		this.maxScore = result == null ? null : result.max();
		this.failed = result != null && result.failed();
		this.hitCount = findings.size();
		this.solvedAt = solvedAt;
		this.inspectedAt = now;
		this.triggerKind = trigger.key();
		this.hits.clear();
		findings.forEach(f -> hits.add(new Hit(f)));
	}

	public Long id() {
		return id;
	}

	public InspectionView view() {
		return new InspectionView(new InspectionId(id), new TicketId(ticketId), agentId == null ? null : new AgentId(agentId),
				new BrandId(brandId), Channel.parse(channel),
				scorecardVersionId == null ? null : new ScorecardVersionId(scorecardVersionId), score, maxScore, failed,
				hits.stream().map(Hit::view).toList(), solvedAt, inspectedAt, InspectionTrigger.parse(triggerKind));
	}

	@Embeddable
	public static class Hit {

		private long ruleId;

		private String ruleKind;

		private String itemKey;

		private @Nullable Long messageId;

		private int spanStart;

		private int spanEnd;

		private String excerpt;

		private @Nullable String detail;

		protected Hit() {
		}

		Hit(Finding finding) {
			this.ruleId = finding.ruleId();
			this.ruleKind = finding.ruleKind();
			this.itemKey = finding.item();
			this.messageId = finding.messageId();
			this.spanStart = finding.start();
			this.spanEnd = finding.end();
			this.excerpt = finding.excerpt().length() > 500 ? finding.excerpt().substring(0, 500) : finding.excerpt();
			this.detail = finding.detail();
		}

		InspectionView.Hit view() {
			return new InspectionView.Hit(new InspectionRuleId(ruleId), ruleKind, itemKey,
					messageId == null ? null : new MessageId(messageId), spanStart, spanEnd, excerpt, detail);
		}
	}
}
