package dev.meridian.customer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Fields to create or change on a customer; a null field is left as it is. */
public record CustomerDraft(@Nullable String name, @Nullable String email, @Nullable String language,
		@Nullable String timeZone, @Nullable String country, @Nullable List<IdentityDraft> identities) {

	public record IdentityDraft(@Nullable String kind, @Nullable String value) {
	}
}
