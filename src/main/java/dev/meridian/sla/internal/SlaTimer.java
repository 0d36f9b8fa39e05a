package dev.meridian.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.meridian.sla.BusinessCalendarId;
import dev.meridian.sla.SlaMetric;
import dev.meridian.sla.SlaPolicyId;
import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaTimerView;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/**
 * The clock of one target of one ticket. It runs in spans: a pause (pending, on hold) closes the open span, a
 * resume opens the next, and the time counted is the business time (or elapsed time) of all spans. From the spans
 * it knows exactly when the target falls due, when the warning share is reached, and, once done, whether the
 * target was achieved and by how much.
 */
@Entity
@Table(name = "sla_timer")
public class SlaTimer {

	public enum State {
		RUNNING, PAUSED, DONE, CANCELLED;

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public enum Outcome {
		ACHIEVED, BREACHED
	}

	/** What the scheduler's pass over a due timer found. */
	public enum Alert {
		NONE, WARNING, BREACH
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ticketId;

	@Enumerated(EnumType.STRING)
	private SlaMetric metric;

	private @Nullable Long policyId;

	private String policyName;

	private int targetMinutes;

	private boolean businessHours;

	private @Nullable Long calendarId;

	private int warnPercent;

	@Enumerated(EnumType.STRING)
	private State state;

	private Instant startedAt;

	private @Nullable Long startedByMessage;

	private @Nullable Instant runningSince;

	private @Nullable Instant dueAt;

	private @Nullable Instant warnAt;

	private @Nullable Instant nextAlertAt;

	private @Nullable Instant warnedAt;

	private @Nullable Instant breachedAt;

	private @Nullable Instant completedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;

	private @Nullable Long elapsedSeconds;

	@ElementCollection
	@CollectionTable(name = "sla_timer_span", joinColumns = @JoinColumn(name = "timer_id"))
	@OrderBy("startedAt")
	private List<Span> spans = new ArrayList<>();

	@Embeddable
	public static class Span {

		private Instant startedAt;

		private Instant endedAt;

		protected Span() {
		}

		Span(Instant startedAt, Instant endedAt) {
			this.startedAt = startedAt;
			this.endedAt = endedAt;
		}
	}

	/** The policy's terms for this timer, with the calendar they are counted in. */
	public record Terms(@Nullable Long policyId, String policyName, SlaTarget target, @Nullable Long calendarId,
			int warnPercent) {
	}

	protected SlaTimer() {
	}

	public SlaTimer(long ticketId, SlaMetric metric, Terms terms, Instant startedAt, boolean running,
			@Nullable Long startedByMessage, BusinessHours hours) {
		this.ticketId = ticketId;
		this.metric = metric;
		this.startedAt = startedAt;
		this.startedByMessage = startedByMessage;
		this.state = running ? State.RUNNING : State.PAUSED;
		this.runningSince = running ? startedAt : null;
		apply(terms);
		refresh(hours);
	}

	private void apply(Terms terms) {
		this.policyId = terms.policyId();
		this.policyName = terms.policyName();
		this.targetMinutes = terms.target().minutes();
		this.businessHours = terms.target().businessHours();
		this.calendarId = terms.calendarId();
		this.warnPercent = terms.warnPercent();
	}

	public boolean isOpen() {
		return state == State.RUNNING || state == State.PAUSED;
	}

	public void pause(Instant at, BusinessHours hours) {
		if (state != State.RUNNING) {
			return;
		}
		closeSpan(at);
		state = State.PAUSED;
		refresh(hours);
	}

	public void resume(Instant at, BusinessHours hours) {
		if (state != State.PAUSED) {
			return;
		}
		state = State.RUNNING;
		runningSince = at;
		refresh(hours);
	}

	/** The target is met (a reply, a solve): done, achieved or breached by the time counted. */
	public void complete(Instant at, BusinessHours hours) {
		if (!isOpen()) {
			return;
		}
		if (state == State.RUNNING) {
			closeSpan(at);
		}
		state = State.DONE;
		completedAt = at;
		Duration elapsed = counted(hours, at);
		elapsedSeconds = elapsed.toSeconds();
		Instant crossed = whenCounted(target(), hours);
		if (crossed != null) {
			dueAt = crossed;
		}
		outcome = elapsed.compareTo(target()) <= 0 ? Outcome.ACHIEVED : Outcome.BREACHED;
		if (outcome == Outcome.BREACHED && breachedAt == null) {
			breachedAt = crossed;
		}
		nextAlertAt = null;
	}

	/** A solved ticket opened again: the resolution clock goes on from the time it had counted. */
	public void reopen(Instant at, boolean running, BusinessHours hours) {
		if (state != State.DONE) {
			return;
		}
		state = running ? State.RUNNING : State.PAUSED;
		runningSince = running ? at : null;
		completedAt = null;
		outcome = breachedAt == null ? null : Outcome.BREACHED;
		elapsedSeconds = null;
		refresh(hours);
	}

	/** The ticket left without this target being met or missed (merged into another). */
	public void cancel(Instant at) {
		if (!isOpen()) {
			return;
		}
		if (state == State.RUNNING) {
			closeSpan(at);
		}
		state = State.CANCELLED;
		completedAt = at;
		nextAlertAt = null;
	}

	/** Another policy or calendar applies now: the time counted so far stays, the target and due time change. */
	public boolean retarget(Terms terms, BusinessHours hours) {
		if (!isOpen() || terms.equals(terms())) {
			return false;
		}
		apply(terms);
		warnedAt = null;
		breachedAt = null;
		outcome = null;
		refresh(hours);
		return true;
	}

	/** Records a warning or a breach whose time has come; at most one alert per call, the breach first. */
	public Alert alert(Instant now, BusinessHours hours) {
		if (state != State.RUNNING) {
			nextAlertAt = null;
			return Alert.NONE;
		}
		Alert alert = Alert.NONE;
		if (breachedAt == null && dueAt != null && !now.isBefore(dueAt)) {
			breachedAt = dueAt;
			outcome = Outcome.BREACHED;
			alert = Alert.BREACH;
		}
		else if (warnedAt == null && breachedAt == null && warnAt != null && !now.isBefore(warnAt)) {
			warnedAt = now;
			alert = Alert.WARNING;
		}
		refresh(hours);
		return alert;
	}

	/** Due, warning and next-alert times from the spans and, while running, the open span. */
	public void refresh(BusinessHours hours) {
		if (!isOpen()) {
			nextAlertAt = null;
			return;
		}
		dueAt = whenCounted(target(), hours);
		warnAt = warnPercent == 0 ? null : whenCounted(target().multipliedBy(warnPercent).dividedBy(100), hours);
		if (state != State.RUNNING || breachedAt != null) {
			nextAlertAt = null;
		}
		else if (warnedAt == null && warnAt != null) {
			nextAlertAt = warnAt;
		}
		else {
			nextAlertAt = dueAt;
		}
	}

	private void closeSpan(Instant at) {
		if (runningSince != null && at.isAfter(runningSince)) {
			spans.add(new Span(runningSince, at));
		}
		runningSince = null;
	}

	/** The time counted by {@code at}. */
	public Duration counted(BusinessHours hours, Instant at) {
		Duration total = Duration.ZERO;
		for (Span span : spans) {
			total = total.plus(measure(hours, span.startedAt, span.endedAt));
		}
		if (state == State.RUNNING && runningSince != null) {
			total = total.plus(measure(hours, runningSince, at));
		}
		return total;
	}

	/** When the counted time reaches {@code amount}: in a closed span, or ahead while running; else null. */
	private @Nullable Instant whenCounted(Duration amount, BusinessHours hours) {
		Duration used = Duration.ZERO;
		for (Span span : spans) {
			Duration length = measure(hours, span.startedAt, span.endedAt);
			if (used.plus(length).compareTo(amount) >= 0) {
				return reach(hours, span.startedAt, amount.minus(used));
			}
			used = used.plus(length);
		}
		if (state == State.RUNNING && runningSince != null) {
			return reach(hours, runningSince, amount.minus(used));
		}
		return null;
	}

	private Duration measure(BusinessHours hours, Instant from, Instant to) {
		return businessHours ? hours.between(from, to) : Duration.between(from, to);
	}

	private Instant reach(BusinessHours hours, Instant from, Duration amount) {
		return businessHours ? hours.plus(from, amount) : from.plus(amount);
	}

	private Duration target() {
		return Duration.ofMinutes(targetMinutes);
	}

	public Terms terms() {
		return new Terms(policyId, policyName, new SlaTarget(targetMinutes, businessHours), calendarId, warnPercent);
	}

	public Long id() {
		return id;
	}

	public long ticketId() {
		return ticketId;
	}

	public SlaMetric metric() {
		return metric;
	}

	public State state() {
		return state;
	}

	public @Nullable Long calendarId() {
		return calendarId;
	}

	public @Nullable Long startedByMessage() {
		return startedByMessage;
	}

	public @Nullable Instant dueAt() {
		return dueAt;
	}

	public String policyName() {
		return policyName;
	}

	public SlaTimerView view(BusinessHours hours, Instant now) {
		Duration elapsed = elapsedSeconds != null ? Duration.ofSeconds(elapsedSeconds) : counted(hours, now);
		return new SlaTimerView(metric, policyId == null ? null : new SlaPolicyId(policyId), policyName,
				targetMinutes, businessHours, calendarId == null ? null : new BusinessCalendarId(calendarId),
				state.key(), startedAt, dueAt, warnAt, warnedAt, breachedAt, completedAt,
				outcome == null ? null : outcome.name().toLowerCase(Locale.ROOT), elapsed, target().minus(elapsed));
	}
}
