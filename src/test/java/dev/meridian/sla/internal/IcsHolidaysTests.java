package dev.meridian.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.meridian.shared.DomainException;
import dev.meridian.sla.Holiday;
import org.junit.jupiter.api.Test;

class IcsHolidaysTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final String FEED = """
			BEGIN:VCALENDAR
			VERSION:2.0
			PRODID:-//Meridian//Holiday test//EN
			BEGIN:VEVENT
			UID:christmas@test
			DTSTAMP:20260101T000000Z
			DTSTART;VALUE=DATE:20201225
			DTEND;VALUE=DATE:20201226
			RRULE:FREQ=YEARLY
			SUMMARY:Christmas Day
			END:VEVENT
			BEGIN:VEVENT
			UID:spring-festival@test
			DTSTAMP:20260101T000000Z
			DTSTART;VALUE=DATE:20260216
			DTEND;VALUE=DATE:20260219
			SUMMARY:春节
			END:VEVENT
			BEGIN:VEVENT
			UID:offsite@test
			DTSTAMP:20260101T000000Z
			DTSTART:20260601T200000Z
			DTEND:20260601T230000Z
			SUMMARY:Team offsite
			END:VEVENT
			BEGIN:VEVENT
			UID:old@test
			DTSTAMP:20260101T000000Z
			DTSTART;VALUE=DATE:20190101
			SUMMARY:Long ago
			END:VEVENT
			END:VCALENDAR
			""".replace("\n", "\r\n");

	@Test
	void readsAllDayMultiDayTimedAndYearlyEventsWithinTheWindow() {
		List<Holiday> holidays = IcsHolidays.read(stream(FEED), SHANGHAI, LocalDate.parse("2025-11-24"),
				LocalDate.parse("2027-11-24"));
		assertThat(holidays).containsExactly(
				new Holiday(LocalDate.parse("2025-12-25"), "Christmas Day"),
				new Holiday(LocalDate.parse("2026-02-16"), "春节"),
				new Holiday(LocalDate.parse("2026-02-17"), "春节"),
				new Holiday(LocalDate.parse("2026-02-18"), "春节"),
				new Holiday(LocalDate.parse("2026-06-02"), "Team offsite"),
				new Holiday(LocalDate.parse("2026-12-25"), "Christmas Day"));
	}

	@Test
	void aFileThatIsNotICalendarIsRefusedWithAClearCode() {
		assertThatThrownBy(() -> IcsHolidays.read(stream("hello"), SHANGHAI, LocalDate.parse("2026-01-01"),
				LocalDate.parse("2027-01-01")))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("business_calendar.invalid_ics"));
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
