package dev.meridian.knowledge;

import dev.meridian.identity.BrandId;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a list shows: words that must all occur in a translation's title or text, a translation in
 * {@code language}, and the brand, visibility and status; null means any.
 */
public record ArticleQuery(@Nullable String text, @Nullable String language, @Nullable BrandId brand,
		@Nullable ArticleVisibility visibility, @Nullable ArticleStatus status) {

	public static ArticleQuery all() {
		return new ArticleQuery(null, null, null, null, null);
	}
}
