package dev.meridian.shared;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** Keyset pages over small in-memory lists (brands, teams, agents), ordered by id. */
public final class Slices {

	private Slices() {
	}

	public static <T> Slice<T> byId(List<T> all, ToLongFunction<T> id, PageRequest page) {
		long after = page.cursor() == null ? 0 : Cursor.decode(page.cursor()).longAt(0);
		List<T> rest = all.stream()
			.filter(item -> id.applyAsLong(item) > after)
			.sorted(Comparator.comparingLong(id))
			.limit(page.limit() + 1L)
			.toList();
		if (rest.size() <= page.limit()) {
			return new Slice<>(rest, null);
		}
		List<T> items = rest.subList(0, page.limit());
		String next = new Cursor(List.of(Long.toString(id.applyAsLong(items.get(items.size() - 1))))).encode();
		return new Slice<>(items, next);
	}
}
