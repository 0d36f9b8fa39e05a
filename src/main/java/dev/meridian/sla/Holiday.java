package dev.meridian.sla;

import java.time.LocalDate;

/** A day on which the calendar's intervals that open that day stay closed. */
public record Holiday(LocalDate date, String name) {
}
