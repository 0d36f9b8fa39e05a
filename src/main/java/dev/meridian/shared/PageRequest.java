package dev.meridian.shared;

import org.jspecify.annotations.Nullable;

/** What a client asks of a list: at most {@code limit} items after {@code cursor}. */
public record PageRequest(int limit, @Nullable String cursor) {

	public static final int DEFAULT_LIMIT = 25;
	public static final int MAX_LIMIT = 100;

	public PageRequest {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw DomainException.malformed("page.invalid_limit", "limit must be between 1 and " + MAX_LIMIT);
		}
	}

	public static PageRequest of(@Nullable Integer limit, @Nullable String cursor) {
		return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor == null || cursor.isBlank() ? null : cursor);
	}
}
