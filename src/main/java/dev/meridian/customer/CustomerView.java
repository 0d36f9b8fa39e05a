package dev.meridian.customer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

public record CustomerView(CustomerId id, String name, @Nullable String email, @Nullable String language,
		@Nullable String timeZone, @Nullable String country, List<CustomerIdentity> identities, Instant createdAt,
		Instant updatedAt) {
}
