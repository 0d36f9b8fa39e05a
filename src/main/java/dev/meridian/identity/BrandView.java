package dev.meridian.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A brand the seller runs: its shop website and the marketplaces it sells on (e.g. amazon-de). */
public record BrandView(BrandId id, String name, @Nullable String website, List<String> marketplaces,
		Instant createdAt, Instant updatedAt) {
}
