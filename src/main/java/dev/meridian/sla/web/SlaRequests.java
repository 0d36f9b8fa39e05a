package dev.meridian.sla.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.sla.*;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the SLA endpoints, checked field by field into drafts with clear error codes. */
final class SlaRequests {

	private SlaRequests() {
	}

	record HoursJson(@Nullable String day, @Nullable String opens, @Nullable String closes) {
	}

	record HolidayJson(@Nullable String date, @Nullable String name) {
	}

	record CalendarRequest(@Nullable String name, @Nullable String team, @Nullable String timeZone,
			@Nullable Boolean alwaysOpen, @Nullable List<HoursJson> hours, @Nullable List<HolidayJson> holidays,
			@JsonProperty("isDefault") @Nullable Boolean isDefault) {

		BusinessCalendarDraft toDraft() {
			if (name == null || name.isBlank()) {
				throw DomainException.malformed("business_calendar.name_required", "name is required");
			}
			if (timeZone == null || timeZone.isBlank()) {
				throw DomainException.malformed("business_calendar.time_zone_required", "timeZone is required");
			}
			ZoneId zone;
			try {
				zone = ZoneId.of(timeZone.strip());
			}
			catch (DateTimeException e) {
				throw DomainException.malformed("business_calendar.invalid_time_zone",
						"'" + timeZone + "' is not a time zone such as Europe/Lisbon");
			}
			List<OpeningHours> opening = hours == null ? List.of() : hours.stream().map(SlaRequests::hours).toList();
			List<Holiday> days = holidays == null ? List.of()
					: holidays.stream().map(h -> new Holiday(date(h.date()), h.name() == null ? "" : h.name())).toList();
			return new BusinessCalendarDraft(name, team == null || team.isBlank() ? null : TeamId.parse(team), zone,
					Boolean.TRUE.equals(alwaysOpen), opening, days, Boolean.TRUE.equals(isDefault));
		}
	}

	record TargetJson(@Nullable Integer minutes, @Nullable Boolean businessHours) {

		SlaTarget toTarget(String field) {
			if (minutes == null) {
				throw DomainException.malformed("sla_policy.invalid_target", field + ".minutes is required");
			}
			return new SlaTarget(minutes, !Boolean.FALSE.equals(businessHours));
		}
	}

	record ConditionsJson(@Nullable List<String> brands, @Nullable List<String> channels,
			@Nullable List<String> marketplaces, @Nullable List<String> priorities, @Nullable List<String> ticketTags) {

		SlaConditions toConditions() {
			return new SlaConditions(set(brands, BrandId::parse), set(channels, Channel::parse),
					set(marketplaces, Function.identity()), set(priorities, Priority::parse),
					set(ticketTags, Function.identity()));
		}
	}

	record PolicyRequest(@Nullable String name, @Nullable Boolean enabled, @Nullable Integer position,
			@Nullable ConditionsJson conditions, @Nullable String calendar, @Nullable Integer warnPercent,
			@Nullable TargetJson firstReply, @Nullable TargetJson nextReply, @Nullable TargetJson resolution) {

		SlaPolicyDraft toDraft() {
			if (name == null || name.isBlank()) {
				throw DomainException.malformed("sla_policy.name_required", "name is required");
			}
			return new SlaPolicyDraft(name, !Boolean.FALSE.equals(enabled),
					conditions == null ? SlaConditions.any() : conditions.toConditions(),
					calendar == null || calendar.isBlank() ? null : BusinessCalendarId.parse(calendar),
					warnPercent == null ? 75 : warnPercent, firstReply == null ? null : firstReply.toTarget("firstReply"),
					nextReply == null ? null : nextReply.toTarget("nextReply"),
					resolution == null ? null : resolution.toTarget("resolution"));
		}
	}

	record OrderRequest(@Nullable List<String> ids) {
	}

	private static <T> Set<T> set(@Nullable List<String> values, Function<String, T> parser) {
		if (values == null) {
			return Set.of();
		}
		return values.stream().map(parser).collect(Collectors.toSet());
	}

	private static OpeningHours hours(HoursJson json) {
		if (json.day() == null) {
			throw DomainException.malformed("business_calendar.invalid_day",
					"day must be monday, tuesday, wednesday, thursday, friday, saturday or sunday");
		}
		DayOfWeek day;
		try {
			day = DayOfWeek.valueOf(json.day().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("business_calendar.invalid_day",
					"day must be monday, tuesday, wednesday, thursday, friday, saturday or sunday");
		}
		return new OpeningHours(day, time(json.opens()), time(json.closes()));
	}

	/** {@code HH:mm}; {@code 24:00} is midnight at the end of the day. */
	static LocalTime time(@Nullable String text) {
		if (text != null && text.strip().equals("24:00")) {
			return LocalTime.MIDNIGHT;
		}
		try {
			return LocalTime.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeException e) {
			throw DomainException.malformed("business_calendar.invalid_time", "'" + text + "' is not a time such as 09:00");
		}
	}

	static LocalDate date(@Nullable String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeException e) {
			throw DomainException.malformed("business_calendar.invalid_date", "'" + text + "' is not a date such as 2026-12-25");
		}
	}
}
