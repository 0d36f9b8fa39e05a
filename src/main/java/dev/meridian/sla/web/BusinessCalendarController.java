package dev.meridian.sla.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.shared.Slices;
import dev.meridian.sla.BusinessCalendarId;
import dev.meridian.sla.BusinessCalendarView;
import dev.meridian.sla.BusinessCalendars;
import dev.meridian.sla.web.SlaRequests.CalendarRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/business-calendars")
@Tag(name = "SLA", description = "Business calendars, SLA policies and each ticket's service levels")
class BusinessCalendarController {

	private static final String EXAMPLE = "Example: {\"name\": \"Lisbon office\", \"team\": \"3\", \"timeZone\": "
			+ "\"Europe/Lisbon\", \"alwaysOpen\": false, \"isDefault\": false, \"hours\": [{\"day\": \"monday\", "
			+ "\"opens\": \"09:00\", \"closes\": \"13:00\"}, {\"day\": \"monday\", \"opens\": \"14:00\", \"closes\": "
			+ "\"18:00\"}, {\"day\": \"friday\", \"opens\": \"22:00\", \"closes\": \"06:00\"}], \"holidays\": "
			+ "[{\"date\": \"2026-12-25\", \"name\": \"Christmas Day\"}]}. An interval whose closing time is not after "
			+ "its opening time runs past midnight; 24:00 is accepted as a closing time.";

	record HoursJson(String day, String opens, String closes) {
	}

	record HolidayJson(String date, String name) {
	}

	record CalendarJson(String id, String name, @Nullable TeamId team, String timeZone, boolean alwaysOpen,
			@JsonProperty("isDefault") boolean isDefault, List<HoursJson> hours, List<HolidayJson> holidays,
			Instant createdAt, Instant updatedAt) {

		static CalendarJson of(BusinessCalendarView c) {
			return new CalendarJson(c.id().toString(), c.name(), c.team(), c.timeZone().getId(), c.alwaysOpen(),
					c.isDefault(),
					c.hours().stream().map(h -> new HoursJson(day(h.day()), h.opens().toString(), h.closes().toString())).toList(),
					c.holidays().stream().map(h -> new HolidayJson(h.date().toString(), h.name())).toList(),
					c.createdAt(), c.updatedAt());
		}

		private static String day(DayOfWeek day) {
			return day.name().toLowerCase(Locale.ROOT);
		}
	}

	record ImportJson(int found, int added, CalendarJson calendar) {
	}

	record BusinessTimeJson(String calendar, Instant from, @Nullable Long minutes, @Nullable Instant dueAt,
			@Nullable Instant to, @Nullable Long businessMinutes) {
	}

	private final BusinessCalendars calendars;

	BusinessCalendarController(BusinessCalendars calendars) {
		this.calendars = calendars;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('directory:read')")
	@Operation(summary = "List business calendars")
	Slice<CalendarJson> list(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return Slices.byId(calendars.all(), c -> c.id().value(), PageRequest.of(limit, cursor)).map(CalendarJson::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('directory:read')")
	CalendarJson get(@PathVariable String id) {
		return CalendarJson.of(calendars.get(BusinessCalendarId.parse(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('sla:write')")
	@Operation(summary = "Create a business calendar", description = EXAMPLE)
	CalendarJson create(@RequestBody CalendarRequest request) {
		return CalendarJson.of(calendars.create(request.toDraft()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('sla:write')")
	@Operation(summary = "Replace a business calendar", description = "The running targets counted in it get new "
			+ "due times. " + EXAMPLE)
	CalendarJson update(@PathVariable String id, @RequestBody CalendarRequest request) {
		return CalendarJson.of(calendars.update(BusinessCalendarId.parse(id), request.toDraft()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('sla:write')")
	@Operation(summary = "Delete a business calendar", description = "Refused (422) for the default calendar and "
			+ "(409) while a policy counts in it.")
	void delete(@PathVariable String id) {
		calendars.delete(BusinessCalendarId.parse(id));
	}

	@PostMapping(path = "/{id}/holidays", consumes = { "text/calendar", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@PreAuthorize("hasAuthority('sla:write')")
	@Operation(summary = "Import holidays from an iCalendar (.ics) file",
			description = "The body is the file (Content-Type: text/calendar), or send it as the multipart field "
					+ "'file'. Every day an event covers becomes a holiday named by its summary, from one year ago to "
					+ "three years ahead; yearly recurring events are expanded. Dates already entered keep their name. "
					+ "Answers {\"found\": 14, \"added\": 12, \"calendar\": {...}}.")
	ImportJson importHolidays(@PathVariable String id, @RequestBody byte[] ics) {
		return imported(calendars.importHolidays(BusinessCalendarId.parse(id), new ByteArrayInputStream(ics)));
	}

	@PostMapping(path = "/{id}/holidays", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('sla:write')")
	ImportJson uploadHolidays(@PathVariable String id, @RequestParam("file") MultipartFile file) {
		try {
			return imported(calendars.importHolidays(BusinessCalendarId.parse(id), file.getInputStream()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/{id}/business-time")
	@PreAuthorize("hasAuthority('directory:read')")
	@Operation(summary = "Business-time arithmetic in the calendar",
			description = "With minutes: the instant that many business minutes after 'from' (dueAt). With to: the "
					+ "business minutes between 'from' and 'to'. Example: ?from=2026-03-06T17:30:00Z&minutes=60")
	BusinessTimeJson businessTime(@PathVariable String id, @RequestParam String from,
			@RequestParam(required = false) @Nullable Long minutes, @RequestParam(required = false) @Nullable String to) {
		BusinessCalendarId calendar = BusinessCalendarId.parse(id);
		Instant start = instant("from", from);
		if ((minutes == null) == (to == null)) {
			throw DomainException.malformed("business_calendar.minutes_or_to", "give either minutes or to");
		}
		if (minutes != null) {
			if (minutes < 0 || minutes > 60L * 24 * 366) {
				throw DomainException.malformed("business_calendar.invalid_minutes", "minutes must be 0 to 527040");
			}
			return new BusinessTimeJson(calendar.toString(), start, minutes,
					calendars.addBusinessTime(calendar, start, Duration.ofMinutes(minutes)), null, null);
		}
		Instant end = instant("to", to);
		if (Duration.between(start, end).toDays() > 366 * 5) {
			throw DomainException.malformed("business_calendar.range_too_long", "from and to are at most 5 years apart");
		}
		return new BusinessTimeJson(calendar.toString(), start, null, null, end,
				calendars.businessTimeBetween(calendar, start, end).toMinutes());
	}

	private static Instant instant(String field, String text) {
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.malformed("business_calendar.invalid_instant",
					field + " must be an ISO-8601 UTC time such as 2026-03-06T17:30:00Z");
		}
	}

	private static ImportJson imported(BusinessCalendars.HolidayImport result) {
		return new ImportJson(result.found(), result.added(), CalendarJson.of(result.calendar()));
	}
}
