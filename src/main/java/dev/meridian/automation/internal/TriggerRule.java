package dev.meridian.automation.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meridian.automation.TriggerAction;
import dev.meridian.automation.TriggerCondition;
import dev.meridian.automation.TriggerEvent;
import dev.meridian.automation.TriggerId;
import dev.meridian.automation.TriggerView;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A trigger: when (events or time), which tickets (conditions), what to do (actions), stored as JSON. */
@Entity
@Table(name = "automation_trigger")
public class TriggerRule {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private boolean enabled;

	private int position;

	private String activator;

	private String events;

	private boolean matchAll;

	private String conditions;

	private String actions;

	private long fireCount;

	private @Nullable Instant lastFiredAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected TriggerRule() {
	}

	public TriggerRule(int position, Instant now) {
		this.position = position;
		this.createdAt = now;
	}

	public void revise(String name, boolean enabled, boolean timeBased, Set<TriggerEvent> events, boolean matchAll,
			List<TriggerCondition> conditions, List<TriggerAction> actions, Instant now) {
		this.name = name;
		this.enabled = enabled;
		this.activator = timeBased ? "time" : "event";
		this.events = events.stream().map(TriggerEvent::key).sorted().collect(Collectors.joining(","));
		this.matchAll = matchAll;
		this.conditions = JSON.writeValueAsString(conditions);
		this.actions = JSON.writerFor(new TypeReference<List<TriggerAction>>() {
		}).writeValueAsString(actions);
		this.updatedAt = now;
	}

	public void fired(Instant now) {
		fireCount++;
		lastFiredAt = now;
	}

	public long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public int position() {
		return position;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public boolean enabled() {
		return enabled;
	}

	public boolean timeBased() {
		return "time".equals(activator);
	}

	public boolean matchAll() {
		return matchAll;
	}

	public Set<TriggerEvent> events() {
		return events == null || events.isBlank() ? Set.of()
				: Arrays.stream(events.split(",")).map(TriggerEvent::parse).collect(Collectors.toSet());
	}

	public List<TriggerCondition> conditions() {
		return JSON.readValue(conditions, new TypeReference<List<TriggerCondition>>() {
		});
	}

	public List<TriggerAction> actions() {
		return JSON.readValue(actions, new TypeReference<List<TriggerAction>>() {
		});
	}

	/** The actor the audit trail names for the trigger's changes. */
	public String actor() {
		return "trigger: " + name;
	}

	public TriggerView view() {
		return new TriggerView(new TriggerId(id), name, enabled, position, timeBased(), events(), matchAll,
				conditions(), actions(), fireCount, lastFiredAt, createdAt, updatedAt);
	}
}
