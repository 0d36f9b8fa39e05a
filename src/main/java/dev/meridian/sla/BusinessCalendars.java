package dev.meridian.sla;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.meridian.identity.Teams;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.sla.internal.BusinessCalendar;
import dev.meridian.sla.internal.BusinessCalendarRepository;
import dev.meridian.sla.internal.IcsHolidays;
import dev.meridian.sla.internal.SlaPolicyRepository;
import dev.meridian.sla.internal.TicketTimers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business calendars: each team's time zone, weekly opening hours and holidays, or 24/7, and the exact business
 * time arithmetic on them. A change moves the due times of the targets that count in the calendar.
 */
@Service
@Transactional
public class BusinessCalendars {

	static final int MAX_CALENDARS = 200;

	private final BusinessCalendarRepository calendars;
	private final SlaPolicyRepository policies;
	private final TicketTimers timers;
	private final Teams teams;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BusinessCalendars(BusinessCalendarRepository calendars, SlaPolicyRepository policies, TicketTimers timers,
			Teams teams, ApplicationEventPublisher events, Clock clock) {
		this.calendars = calendars;
		this.policies = policies;
		this.timers = timers;
		this.teams = teams;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<BusinessCalendarView> all() {
		return calendars.findAllByOrderByIdAsc().stream().map(BusinessCalendar::view).toList();
	}

	@Transactional(readOnly = true)
	public BusinessCalendarView get(BusinessCalendarId id) {
		return find(id).view();
	}

	public BusinessCalendarView create(BusinessCalendarDraft draft) {
		check(draft, 0);
		if (calendars.count() >= MAX_CALENDARS) {
			throw DomainException.ruleBroken("business_calendar.too_many",
					"there are at most " + MAX_CALENDARS + " business calendars");
		}
		BusinessCalendar calendar = calendars.saveAndFlush(new BusinessCalendar(draft, clock.instant()));
		keepOneDefault(calendar);
		audit(calendar, "created");
		return calendar.view();
	}

	public BusinessCalendarView update(BusinessCalendarId id, BusinessCalendarDraft draft) {
		BusinessCalendar calendar = find(id);
		check(draft, calendar.id());
		if (calendar.isDefault() && !draft.isDefault()) {
			throw DomainException.ruleBroken("business_calendar.default_needed",
					"make another calendar the default instead");
		}
		calendar.change(draft, clock.instant());
		calendars.flush();
		keepOneDefault(calendar);
		timers.recalculate(calendar.id());
		audit(calendar, "updated");
		return calendar.view();
	}

	/**
	 * Adds the holidays of an iCalendar file (a public-holiday feed or a calendar export) from one year ago to
	 * three years ahead; dates already entered keep their names.
	 */
	public HolidayImport importHolidays(BusinessCalendarId id, InputStream ics) {
		BusinessCalendar calendar = find(id);
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.hours().zone());
		List<Holiday> found = IcsHolidays.read(ics, calendar.hours().zone(), today.minusYears(1), today.plusYears(3));
		int added = calendar.addHolidays(found);
		calendar.touch(clock.instant());
		calendars.flush();
		timers.recalculate(calendar.id());
		events.publishEvent(new AuditableChange("business_calendar", calendar.id().toString(), "holidays_imported",
				Map.of("found", Integer.toString(found.size()), "added", Integer.toString(added))));
		return new HolidayImport(found.size(), added, calendar.view());
	}

	/** How many holiday dates a file had and how many were new to the calendar. */
	public record HolidayImport(int found, int added, BusinessCalendarView calendar) {
	}

	public void delete(BusinessCalendarId id) {
		BusinessCalendar calendar = find(id);
		if (calendar.isDefault()) {
			throw DomainException.ruleBroken("business_calendar.default_needed",
					"the default calendar cannot be deleted; make another calendar the default first");
		}
		if (policies.existsByCalendarId(calendar.id())) {
			throw DomainException.conflict("business_calendar.in_use", "an SLA policy counts in this calendar");
		}
		audit(calendar, "deleted");
		calendars.delete(calendar);
		calendars.flush();
		timers.recalculate(calendar.id());
	}

	/** The instant {@code businessTime} of business time after {@code from} in the calendar. */
	@Transactional(readOnly = true)
	public Instant addBusinessTime(BusinessCalendarId id, Instant from, Duration businessTime) {
		return find(id).hours().plus(from, businessTime);
	}

	/** The business time between two instants in the calendar. */
	@Transactional(readOnly = true)
	public Duration businessTimeBetween(BusinessCalendarId id, Instant from, Instant to) {
		return find(id).hours().between(from, to);
	}

	private void check(BusinessCalendarDraft draft, long id) {
		if (calendars.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw DomainException.conflict("business_calendar.name_taken",
					"a calendar named '" + draft.name().strip() + "' exists");
		}
		if (draft.team() != null) {
			if (!teams.exists(draft.team())) {
				throw DomainException.ruleBroken("business_calendar.unknown_team", "team " + draft.team() + " does not exist");
			}
			calendars.findByTeamId(draft.team().value())
				.filter(other -> other.id() != id)
				.ifPresent(other -> {
					throw DomainException.conflict("business_calendar.team_taken",
							"team " + draft.team() + " already has calendar " + other.id());
				});
		}
	}

	private void keepOneDefault(BusinessCalendar calendar) {
		if (calendar.isDefault()) {
			calendars.findByIsDefaultTrue().stream()
				.filter(other -> !other.id().equals(calendar.id()))
				.forEach(BusinessCalendar::undefault);
		}
	}

	private BusinessCalendar find(BusinessCalendarId id) {
		return calendars.findById(id.value()).orElseThrow(() -> DomainException.notFound("business_calendar", id));
	}

	private void audit(BusinessCalendar calendar, String action) {
		events.publishEvent(new AuditableChange("business_calendar", calendar.id().toString(), action,
				Map.of("name", calendar.name())));
	}
}
