package dev.meridian.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One page of a keyset-paginated list: the items and the opaque cursor of the next page, if any. */
public record Slice<T>(List<T> items, @Nullable String nextCursor) {

	public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
		return new Slice<>(items.stream().<R>map(mapper).toList(), nextCursor);
	}
}
