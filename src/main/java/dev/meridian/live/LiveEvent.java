package dev.meridian.live;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small real-time event for every node: a {@code kind} (for example {@code ticket}, {@code message},
 * {@code presence}) and a few string fields, ids rather than content, so that it fits a PostgreSQL notification
 * (under 8,000 bytes) and a receiver reads what it needs from the database.
 */
public record LiveEvent(String kind, Map<String, String> data) {

	public LiveEvent {
		data = Map.copyOf(data);
	}

	/** An event from alternating keys and values; null values are left out. */
	public static LiveEvent of(String kind, Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values come in pairs");
		}
		Map<String, String> data = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null) {
				data.put(String.valueOf(keysAndValues[i]), String.valueOf(value));
			}
		}
		return new LiveEvent(kind, data);
	}

	public String get(String key) {
		String value = data.get(key);
		return value == null ? "" : value;
	}
}
