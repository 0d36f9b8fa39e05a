package dev.meridian.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.meridian.identity.TeamId;
import org.jspecify.annotations.Nullable;

public record BusinessCalendarView(BusinessCalendarId id, String name, @Nullable TeamId team, ZoneId timeZone,
		boolean alwaysOpen, List<OpeningHours> hours, List<Holiday> holidays, boolean isDefault, Instant createdAt,
		Instant updatedAt) {
}
