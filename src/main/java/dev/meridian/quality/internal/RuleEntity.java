package dev.meridian.quality.internal;

import java.time.Instant;

import dev.meridian.quality.InspectionRuleDraft;
import dev.meridian.quality.InspectionRuleId;
import dev.meridian.quality.InspectionRuleView;
import jakarta.persistence.*;

/** An inspection rule; its specification is stored as JSON ({@link RuleSpecJson}). */
@Entity
@Table(name = "quality_rule")
public class RuleEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String kind;

	private String itemKey;

	private boolean enabled;

	private String spec;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int lockVersion;

	protected RuleEntity() {
	}

	public RuleEntity(InspectionRuleDraft draft, Instant now) {
		this.createdAt = now;
		change(draft, now);
	}

	public void change(InspectionRuleDraft draft, Instant now) {
		this.name = draft.name().strip();
		this.kind = draft.spec().kindKey();
		this.itemKey = draft.item().strip();
		this.enabled = draft.enabled();
		this.spec = RuleSpecJson.write(draft.spec());
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public InspectionRuleView view() {
		return new InspectionRuleView(new InspectionRuleId(id), name, itemKey, enabled, RuleSpecJson.read(spec),
				createdAt, updatedAt);
	}
}
