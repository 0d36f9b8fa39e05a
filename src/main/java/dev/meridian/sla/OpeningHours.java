package dev.meridian.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One opening interval of a weekday, in the calendar's time zone. When {@code closes} is not after {@code opens}
 * the interval runs past midnight into the next day; {@code 00:00–00:00} is the whole day.
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
