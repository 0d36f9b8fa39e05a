package dev.meridian.sla.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.sla.BusinessCalendarDraft;
import dev.meridian.sla.BusinessCalendarId;
import dev.meridian.sla.BusinessCalendarView;
import dev.meridian.sla.Holiday;
import dev.meridian.sla.OpeningHours;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/** A team's working time: its zone, weekly opening intervals and holidays, or open all the time. */
@Entity
@Table(name = "sla_calendar")
public class BusinessCalendar {

	static final int MAX_INTERVALS = 70;

	static final int MAX_HOLIDAYS = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private @Nullable Long teamId;

	private String timeZone;

	private boolean alwaysOpen;

	private boolean isDefault;

	@ElementCollection
	@CollectionTable(name = "sla_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
	@OrderColumn(name = "position")
	private List<Hours> hours = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "sla_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
	private Set<Day> holidays = new java.util.HashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@Embeddable
	public static class Hours {

		@Enumerated(EnumType.STRING)
		private DayOfWeek dayOfWeek;

		private LocalTime opensAt;

		private LocalTime closesAt;

		protected Hours() {
		}

		Hours(OpeningHours hours) {
			this.dayOfWeek = hours.day();
			this.opensAt = hours.opens();
			this.closesAt = hours.closes();
		}

		OpeningHours view() {
			return new OpeningHours(dayOfWeek, opensAt, closesAt);
		}
	}

	@Embeddable
	public static class Day {

		private LocalDate holidayDate;

		private String name;

		protected Day() {
		}

		Day(Holiday holiday) {
			this.holidayDate = holiday.date();
			this.name = holiday.name();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Day day && day.holidayDate.equals(holidayDate);
		}

		@Override
		public int hashCode() {
			return holidayDate.hashCode();
		}
	}

	protected BusinessCalendar() {
	}

	public BusinessCalendar(BusinessCalendarDraft draft, Instant now) {
		this.createdAt = now;
		change(draft, now);
	}

	public final void change(BusinessCalendarDraft draft, Instant now) {
		String trimmed = draft.name().strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw DomainException.malformed("business_calendar.invalid_name", "name must be 1 to 200 characters");
		}
		if (!draft.alwaysOpen() && draft.hours().isEmpty()) {
			throw DomainException.ruleBroken("business_calendar.no_hours",
					"a calendar needs opening hours unless it is open 24/7");
		}
		if (draft.hours().size() > MAX_INTERVALS) {
			throw DomainException.ruleBroken("business_calendar.too_many_hours",
					"a calendar has at most " + MAX_INTERVALS + " opening intervals");
		}
		this.name = trimmed;
		this.teamId = draft.team() == null ? null : draft.team().value();
		this.timeZone = draft.timeZone().getId();
		this.alwaysOpen = draft.alwaysOpen();
		this.isDefault = draft.isDefault();
		hours.clear();
		draft.hours().stream()
			.sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
			.map(Hours::new)
			.forEach(hours::add);
		holidays.clear();
		addHolidays(draft.holidays());
		this.updatedAt = now;
	}

	/** Adds holidays, keeping the name already entered for a known date; answers how many dates were new. */
	public int addHolidays(List<Holiday> more) {
		int added = 0;
		for (Holiday holiday : more) {
			String label = holiday.name() == null || holiday.name().isBlank() ? "Holiday" : holiday.name().strip();
			if (label.length() > 200) {
				label = label.substring(0, 200);
			}
			if (holidays.add(new Day(new Holiday(holiday.date(), label)))) {
				added++;
			}
		}
		if (holidays.size() > MAX_HOLIDAYS) {
			throw DomainException.ruleBroken("business_calendar.too_many_holidays",
					"a calendar has at most " + MAX_HOLIDAYS + " holidays");
		}
		return added;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public void undefault() {
		this.isDefault = false;
	}

	public boolean isDefault() {
		return isDefault;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public @Nullable Long teamId() {
		return teamId;
	}

	public BusinessHours hours() {
		ZoneId zone = ZoneId.of(timeZone);
		if (alwaysOpen) {
			return BusinessHours.alwaysOpen(zone);
		}
		return BusinessHours.of(zone,
				hours.stream().map(h -> new BusinessHours.Interval(h.dayOfWeek, h.opensAt, h.closesAt)).toList(),
				holidays.stream().map(d -> d.holidayDate).collect(Collectors.toSet()));
	}

	public BusinessCalendarView view() {
		TreeMap<LocalDate, String> days = new TreeMap<>();
		holidays.forEach(d -> days.put(d.holidayDate, d.name));
		return new BusinessCalendarView(new BusinessCalendarId(id), name, teamId == null ? null : new TeamId(teamId),
				ZoneId.of(timeZone), alwaysOpen, hours.stream().map(Hours::view).toList(),
				days.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue())).toList(), isDefault,
				createdAt, updatedAt);
	}
}
