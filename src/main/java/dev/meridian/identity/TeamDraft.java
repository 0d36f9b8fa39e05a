package dev.meridian.identity;

import org.jspecify.annotations.Nullable;

/** Fields to create or change on a team; a null field is left as it is. */
public record TeamDraft(@Nullable String name, @Nullable String timeZone) {
}
