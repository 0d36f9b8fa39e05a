package dev.meridian.quality;

import java.time.Instant;
import java.util.List;

import dev.meridian.identity.BrandId;
import dev.meridian.ticket.Channel;
import org.jspecify.annotations.Nullable;

/** A scorecard with the items of its current version. */
public record ScorecardView(ScorecardId id, String name, @Nullable BrandId brand, @Nullable Channel channel,
		boolean enabled, int version, ScorecardVersionId versionId, List<ScorecardItem> items, Instant createdAt,
		Instant updatedAt) {
}
