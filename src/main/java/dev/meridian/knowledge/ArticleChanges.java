package dev.meridian.knowledge;

import org.jspecify.annotations.Nullable;

/** What an edit changes about an article itself; null leaves a field as it is. */
public record ArticleChanges(@Nullable String category, @Nullable ArticleVisibility visibility,
		@Nullable ArticleStatus status) {
}
