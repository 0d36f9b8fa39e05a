package dev.meridian.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Fields to create or change on a brand; a null field is left as it is. */
public record BrandDraft(@Nullable String name, @Nullable String website, @Nullable List<String> marketplaces) {
}
