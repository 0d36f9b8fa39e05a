package dev.meridian.sla.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.shared.DomainException;
import dev.meridian.sla.BusinessCalendarDraft;
import dev.meridian.sla.BusinessCalendarView;
import dev.meridian.sla.OpeningHours;
import dev.meridian.sla.web.SlaRequests.CalendarRequest;
import dev.meridian.sla.web.SlaRequests.HolidayJson;
import dev.meridian.sla.web.SlaRequests.HoursJson;
import org.jspecify.annotations.Nullable;

/**
 * The business calendar form as the browser posts it: one line of opening hours per weekday
 * ({@code 09:00-12:30, 13:30-18:00}; empty is closed; {@code 22:00-06:00} runs past midnight) and one holiday per
 * line ({@code 2026-12-25 Christmas Day}). Checked through the same request rules as the API.
 */
class CalendarForm {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	/** "09:00-18:00", with an en dash, a tilde or 至/〜 between, and 24:00 for the end of the day. */
	private static final Pattern INTERVAL = Pattern
		.compile("\\s*(\\d{1,2}:\\d{2})\\s*(?:-|–|—|~|〜|～|至|to)\\s*(\\d{1,2}:\\d{2})\\s*");

	private String name = "";

	private String team = "";

	private String timeZone = "UTC";

	private boolean alwaysOpen;

	private boolean isDefault;

	/** Monday first, as {@link DayOfWeek}. */
	private List<String> hours = new ArrayList<>(List.of("09:00-18:00", "09:00-18:00", "09:00-18:00",
			"09:00-18:00", "09:00-18:00", "", ""));

	private String holidays = "";

	static CalendarForm of(BusinessCalendarView calendar) {
		CalendarForm form = new CalendarForm();
		form.name = calendar.name();
		form.team = calendar.team() == null ? "" : calendar.team().toString();
		form.timeZone = calendar.timeZone().getId();
		form.alwaysOpen = calendar.alwaysOpen();
		form.isDefault = calendar.isDefault();
		form.hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			form.hours.add(String.join(", ", calendar.hours().stream()
				.filter(h -> h.day() == day)
				.map(CalendarForm::interval)
				.toList()));
		}
		StringBuilder lines = new StringBuilder();
		calendar.holidays().forEach(h -> lines.append(h.date()).append(' ').append(h.name()).append('\n'));
		form.holidays = lines.toString().strip();
		return form;
	}

	static String interval(OpeningHours h) {
		String closes = h.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : h.closes().format(HH_MM);
		return h.opens().format(HH_MM) + "-" + closes;
	}

	BusinessCalendarDraft toDraft() {
		List<HoursJson> opening = new ArrayList<>();
		if (!alwaysOpen) {
			for (DayOfWeek day : DayOfWeek.values()) {
				String line = day.ordinal() < hours.size() ? Objects.requireNonNullElse(hours.get(day.ordinal()), "") : "";
				for (String part : line.split("[,，;；]")) {
					if (part.isBlank()) {
						continue;
					}
					Matcher m = INTERVAL.matcher(part);
					if (!m.matches()) {
						throw DomainException.malformed("business_calendar.invalid_hours",
								"'" + part.strip() + "' is not opening hours such as 09:00-18:00");
					}
					opening.add(new HoursJson(day.name().toLowerCase(Locale.ROOT), m.group(1), m.group(2)));
				}
			}
		}
		List<HolidayJson> days = new ArrayList<>();
		for (String line : holidays.split("\\R")) {
			String text = line.strip();
			if (!text.isEmpty()) {
				String[] dateAndName = text.split("\\s+", 2);
				days.add(new HolidayJson(dateAndName[0], dateAndName.length > 1 ? dateAndName[1] : ""));
			}
		}
		return new CalendarRequest(name, team, timeZone, alwaysOpen, opening, days, isDefault).toDraft();
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = Objects.requireNonNullElse(name, "");
	}

	public String getTeam() {
		return team;
	}

	public void setTeam(@Nullable String team) {
		this.team = Objects.requireNonNullElse(team, "");
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = Objects.requireNonNullElse(timeZone, "");
	}

	public boolean isAlwaysOpen() {
		return alwaysOpen;
	}

	public void setAlwaysOpen(boolean alwaysOpen) {
		this.alwaysOpen = alwaysOpen;
	}

	public boolean isDefaultCalendar() {
		return isDefault;
	}

	public void setDefaultCalendar(boolean isDefault) {
		this.isDefault = isDefault;
	}

	public List<String> getHours() {
		return hours;
	}

	public void setHours(@Nullable List<String> hours) {
		this.hours = hours == null ? new ArrayList<>() : hours;
	}

	public String getHolidays() {
		return holidays;
	}

	public void setHolidays(@Nullable String holidays) {
		this.holidays = Objects.requireNonNullElse(holidays, "");
	}
}
