package dev.meridian.sla.internal;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.identity.TeamId;
import dev.meridian.shared.TableStamp;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.ticket.TicketView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-level configuration every ticket event needs: the policies in their order and the business calendars'
 * hours. It is kept in memory and read again only when the stamp of either table moved: two aggregate queries
 * instead of the policies with their conditions and the calendars with their hours and holidays, about ten queries
 * for each new ticket. Every change to a policy or a calendar raises its version, collections included, on whichever
 * node made it, so what is kept is never older than what was committed.
 */
@Component
public class SlaConfiguration {

	private final SlaPolicyRepository policies;
	private final BusinessCalendarRepository calendars;
	private volatile @Nullable Kept kept;

	SlaConfiguration(SlaPolicyRepository policies, BusinessCalendarRepository calendars) {
		this.policies = policies;
		this.calendars = calendars;
	}

	@Transactional(readOnly = true)
	public Snapshot current() {
		Stamps stamps = new Stamps(policies.stamp(), calendars.stamp());
		Kept last = kept;
		if (last != null && last.stamps().equals(stamps)) {
			return last.snapshot();
		}
		// Read after the stamps: a change in between makes the next stamps differ, so it costs one more read only.
		Map<Long, BusinessHours> hours = new HashMap<>();
		Map<Long, Long> teamCalendars = new HashMap<>();
		@Nullable Long defaultCalendar = null;
		for (BusinessCalendar calendar : calendars.findAllByOrderByIdAsc()) {
			hours.put(calendar.id(), calendar.hours());
			if (calendar.teamId() != null) {
				teamCalendars.putIfAbsent(calendar.teamId(), calendar.id());
			}
			if (calendar.isDefault() && defaultCalendar == null) {
				defaultCalendar = calendar.id();
			}
		}
		Snapshot snapshot = new Snapshot(
				policies.findAllByOrderByPositionAscIdAsc().stream().map(SlaPolicy::view).toList(), hours,
				teamCalendars, defaultCalendar);
		kept = new Kept(stamps, snapshot);
		return snapshot;
	}

	private record Stamps(TableStamp policies, TableStamp calendars) {
	}

	private record Kept(Stamps stamps, Snapshot snapshot) {
	}

	/** The configuration at one moment; immutable, so it may be shared between threads. */
	public record Snapshot(List<SlaPolicyView> policies, Map<Long, BusinessHours> hours, Map<Long, Long> teamCalendars,
			@Nullable Long defaultCalendar) {

		public Snapshot {
			policies = List.copyOf(policies);
			hours = Map.copyOf(hours);
			teamCalendars = Map.copyOf(teamCalendars);
		}

		/** The policy that applies to the ticket: the first in order that is enabled and whose conditions match. */
		public Optional<SlaPolicyView> policyFor(TicketView ticket) {
			return policies.stream().filter(policy -> policy.appliesTo(ticket)).findFirst();
		}

		/**
		 * The calendar a target counts in: the policy's own, else the team's, else the default one; none (around the
		 * clock) when there is no calendar at all.
		 */
		public @Nullable Long calendarFor(@Nullable Long policyCalendar, @Nullable TeamId team) {
			if (policyCalendar != null && hours.containsKey(policyCalendar)) {
				return policyCalendar;
			}
			Long own = team == null ? null : teamCalendars.get(team.value());
			return own != null ? own : defaultCalendar;
		}

		/** A calendar's hours; a calendar deleted under a running timer counts as the default one. */
		public BusinessHours hoursOf(@Nullable Long calendarId) {
			BusinessHours own = calendarId == null ? null : hours.get(calendarId);
			if (own != null) {
				return own;
			}
			BusinessHours fallback = defaultCalendar == null ? null : hours.get(defaultCalendar);
			return fallback != null ? fallback : BusinessHours.alwaysOpen(ZoneOffset.UTC);
		}
	}
}
