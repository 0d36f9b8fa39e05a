package dev.meridian.automation.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.automation.MacroChanges;
import dev.meridian.automation.MacroId;
import dev.meridian.automation.MacroView;
import dev.meridian.identity.AgentId;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** A canned reply with field changes; shared when it has no owner, else its owner's alone. */
@Entity
@Table(name = "automation_macro")
public class Macro {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private @Nullable Long ownerId;

	private String changes;

	private long usageCount;

	private @Nullable Instant lastUsedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "automation_macro_variant", joinColumns = @JoinColumn(name = "macro_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "body")
	private Map<String, String> variants = new HashMap<>();

	protected Macro() {
	}

	public Macro(String name, @Nullable AgentId owner, Map<String, String> variants, String changes, Instant now) {
		this.ownerId = owner == null ? null : owner.value();
		this.createdAt = now;
		revise(name, owner, variants, changes, now);
	}

	public void revise(String name, @Nullable AgentId owner, Map<String, String> variants, String changes,
			Instant now) {
		this.name = name;
		this.ownerId = owner == null ? null : owner.value();
		this.variants.clear();
		this.variants.putAll(variants);
		this.changes = changes;
		this.updatedAt = now;
	}

	public void used(Instant now) {
		usageCount++;
		lastUsedAt = now;
	}

	public @Nullable AgentId owner() {
		return ownerId == null ? null : new AgentId(ownerId);
	}

	/** Whether {@code agent} may see and apply it: shared macros everyone, personal ones their owner only. */
	public boolean visibleTo(AgentId agent) {
		return ownerId == null || ownerId == agent.value();
	}

	public String name() {
		return name;
	}

	public String changesJson() {
		return changes;
	}

	public Map<String, String> variants() {
		return variants;
	}

	public MacroView view(MacroChanges parsedChanges) {
		return new MacroView(new MacroId(id), name, owner(), new TreeMap<>(variants), parsedChanges, usageCount,
				lastUsedAt, createdAt, updatedAt);
	}
}
