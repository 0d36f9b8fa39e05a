package dev.meridian.customer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

public record CustomerView(CustomerId id, String name, @Nullable String email, @Nullable String language,
		@Nullable String timeZone, @Nullable String country, List<CustomerIdentity> identities, Instant createdAt,
		Instant updatedAt) {

	/**
	 * Where the customer's clock is: their own time zone when it is known and valid, else the one their country has
	 * ({@link CountryTimeZones}), else none.
	 */
	public Optional<ZoneId> localZone() {
		if (timeZone != null && !timeZone.isBlank()) {
			try {
				return Optional.of(ZoneId.of(timeZone.strip()));
			}
			catch (DateTimeException e) {
				// An unusable zone from an import or a channel: fall through to the country.
			}
		}
		return CountryTimeZones.of(country);
	}

	/** Whether {@link #localZone()} is a guess from the country rather than the customer's own zone. */
	public boolean localZoneGuessed() {
		return localZone().isPresent() && !localZone().get().getId().equals(timeZone == null ? null : timeZone.strip());
	}
}
