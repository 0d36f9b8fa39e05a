package dev.meridian.identity;

import java.time.Instant;
import java.time.ZoneId;

public record TeamView(TeamId id, String name, ZoneId timeZone, Instant createdAt, Instant updatedAt) {
}
