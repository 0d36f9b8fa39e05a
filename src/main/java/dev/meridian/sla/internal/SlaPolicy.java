package dev.meridian.sla.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import dev.meridian.sla.BusinessCalendarId;
import dev.meridian.sla.SlaConditions;
import dev.meridian.sla.SlaMetric;
import dev.meridian.sla.SlaPolicyDraft;
import dev.meridian.sla.SlaPolicyId;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.sla.SlaTarget;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/**
 * A service-level policy: conditions that say which tickets it covers and targets for first reply, next reply
 * and resolution. Policies form an ordered list; the first enabled one that matches a ticket applies.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

	/** Four weeks: a longer target is a typing error, not a service level. */
	static final int MAX_TARGET_MINUTES = 4 * 7 * 24 * 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private int position;

	private boolean enabled;

	private @Nullable Long calendarId;

	private int warnPercent;

	private @Nullable Integer firstReplyMinutes;

	private boolean firstReplyBusiness;

	private @Nullable Integer nextReplyMinutes;

	private boolean nextReplyBusiness;

	private @Nullable Integer resolutionMinutes;

	private boolean resolutionBusiness;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_policy_condition", joinColumns = @JoinColumn(name = "policy_id"))
	private Set<Condition> conditions = new HashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	/** The kinds of condition; the values of one kind are alternatives. */
	public enum Kind {
		BRAND, CHANNEL, MARKETPLACE, PRIORITY, TICKET_TAG
	}

	@Embeddable
	public static class Condition {

		@Enumerated(EnumType.STRING)
		private Kind kind;

		private String matchValue;

		protected Condition() {
		}

		Condition(Kind kind, String matchValue) {
			this.kind = kind;
			this.matchValue = matchValue;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Condition c && c.kind == kind && c.matchValue.equals(matchValue);
		}

		@Override
		public int hashCode() {
			return kind.hashCode() * 31 + matchValue.hashCode();
		}
	}

	protected SlaPolicy() {
	}

	public SlaPolicy(SlaPolicyDraft draft, int position, Instant now) {
		this.position = position;
		this.createdAt = now;
		change(draft, now);
	}

	public final void change(SlaPolicyDraft draft, Instant now) {
		String trimmed = draft.name().strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw DomainException.malformed("sla_policy.invalid_name", "name must be 1 to 200 characters");
		}
		if (draft.warnPercent() < 0 || draft.warnPercent() > 99) {
			throw DomainException.malformed("sla_policy.invalid_warn_percent",
					"warnPercent must be between 1 and 99, or 0 for no warning");
		}
		if (draft.firstReply() == null && draft.nextReply() == null && draft.resolution() == null) {
			throw DomainException.ruleBroken("sla_policy.no_targets", "a policy needs at least one target");
		}
		check("firstReply", draft.firstReply());
		check("nextReply", draft.nextReply());
		check("resolution", draft.resolution());
		this.name = trimmed;
		this.enabled = draft.enabled();
		this.calendarId = draft.calendar() == null ? null : draft.calendar().value();
		this.warnPercent = draft.warnPercent();
		this.firstReplyMinutes = draft.firstReply() == null ? null : draft.firstReply().minutes();
		this.firstReplyBusiness = draft.firstReply() != null && draft.firstReply().businessHours();
		this.nextReplyMinutes = draft.nextReply() == null ? null : draft.nextReply().minutes();
		this.nextReplyBusiness = draft.nextReply() != null && draft.nextReply().businessHours();
		this.resolutionMinutes = draft.resolution() == null ? null : draft.resolution().minutes();
		this.resolutionBusiness = draft.resolution() != null && draft.resolution().businessHours();
		conditions.clear();
		SlaConditions c = draft.conditions();
		c.brands().forEach(b -> conditions.add(new Condition(Kind.BRAND, b.toString())));
		c.channels().forEach(ch -> conditions.add(new Condition(Kind.CHANNEL, ch.key())));
		c.marketplaces().forEach(m -> conditions.add(new Condition(Kind.MARKETPLACE, word("marketplace", m))));
		c.priorities().forEach(p -> conditions.add(new Condition(Kind.PRIORITY, p.key())));
		c.ticketTags().forEach(t -> conditions.add(new Condition(Kind.TICKET_TAG, word("tag", t))));
		this.updatedAt = now;
	}

	private static void check(String field, @Nullable SlaTarget target) {
		if (target != null && (target.minutes() < 1 || target.minutes() > MAX_TARGET_MINUTES)) {
			throw DomainException.malformed("sla_policy.invalid_target",
					field + " must be between 1 and " + MAX_TARGET_MINUTES + " minutes");
		}
	}

	private static String word(String what, String text) {
		String normalized = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
		if (normalized.isEmpty() || normalized.length() > 50) {
			throw DomainException.malformed("sla_policy.invalid_condition", what + " must be 1 to 50 characters");
		}
		return normalized;
	}

	private Set<String> values(Kind kind) {
		return conditions.stream().filter(c -> c.kind == kind).map(c -> c.matchValue)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	public @Nullable SlaTarget target(SlaMetric metric) {
		return switch (metric) {
			case FIRST_REPLY -> firstReplyMinutes == null ? null : new SlaTarget(firstReplyMinutes, firstReplyBusiness);
			case NEXT_REPLY -> nextReplyMinutes == null ? null : new SlaTarget(nextReplyMinutes, nextReplyBusiness);
			case RESOLUTION -> resolutionMinutes == null ? null : new SlaTarget(resolutionMinutes, resolutionBusiness);
		};
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public int position() {
		return position;
	}

	public int warnPercent() {
		return warnPercent;
	}

	public @Nullable Long calendarId() {
		return calendarId;
	}

	public SlaPolicyView view() {
		SlaConditions c = new SlaConditions(
				parse(Kind.BRAND, v -> new BrandId(Long.parseLong(v))),
				parse(Kind.CHANNEL, Channel::parse),
				values(Kind.MARKETPLACE),
				parse(Kind.PRIORITY, Priority::parse),
				values(Kind.TICKET_TAG));
		return new SlaPolicyView(new SlaPolicyId(id), name, position, enabled, c,
				calendarId == null ? null : new BusinessCalendarId(calendarId), warnPercent,
				target(SlaMetric.FIRST_REPLY), target(SlaMetric.NEXT_REPLY), target(SlaMetric.RESOLUTION), createdAt,
				updatedAt);
	}

	private <T> Set<T> parse(Kind kind, Function<String, T> parser) {
		return values(kind).stream().map(parser).collect(Collectors.toSet());
	}
}
