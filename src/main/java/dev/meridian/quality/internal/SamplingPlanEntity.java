package dev.meridian.quality.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.meridian.identity.AgentId;
import dev.meridian.quality.SamplingPlanDraft;
import dev.meridian.quality.SamplingPlanId;
import dev.meridian.quality.SamplingPlanKind;
import dev.meridian.quality.SamplingPlanView;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "quality_sampling_plan")
public class SamplingPlanEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String kind;

	private int sharePercent;

	private @Nullable String tag;

	private int maxScore;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_plan_reviewer", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "agent_id")
	private Set<Long> reviewers = new LinkedHashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int lockVersion;

	protected SamplingPlanEntity() {
	}

	public SamplingPlanEntity(SamplingPlanDraft draft, Instant now) {
		this.createdAt = now;
		change(draft, now);
	}

	public void change(SamplingPlanDraft draft, Instant now) {
		this.name = draft.name().strip();
		this.kind = draft.kind().key();
		this.sharePercent = draft.kind() == SamplingPlanKind.RANDOM_SHARE ? draft.sharePercent() : 100;
		this.tag = draft.kind() == SamplingPlanKind.TAG && draft.tag() != null ? draft.tag().strip() : null;
		this.maxScore = draft.kind() == SamplingPlanKind.LOW_CSAT ? draft.maxScore() : SamplingPlanDraft.DEFAULT_MAX_SCORE;
		this.enabled = draft.enabled();
		this.reviewers.clear();
		draft.reviewers().forEach(r -> reviewers.add(r.value()));
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public SamplingPlanView view() {
		return new SamplingPlanView(new SamplingPlanId(id), name, SamplingPlanKind.parse(kind), sharePercent, tag, maxScore, enabled,
				reviewers.stream().sorted().map(AgentId::new).toList(), createdAt, updatedAt);
	}
}
