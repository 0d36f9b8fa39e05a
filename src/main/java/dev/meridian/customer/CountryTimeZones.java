package dev.meridian.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The time zone a customer most likely lives in, from their country alone: the country's only zone, or its main one
 * when the rest are few or close (Spain → Europe/Madrid despite the Canaries). Countries spread over far-apart zones,
 * such as the United States, Canada, Russia or Australia, have none, because a wrong clock misleads more than none.
 */
public final class CountryTimeZones {

	private static final Map<String, ZoneId> ZONES = load();

	private CountryTimeZones() {
	}

	/** The zone for an ISO 3166-1 alpha-2 country code ("DE", "jp"), if it can be told from the country. */
	public static Optional<ZoneId> of(@Nullable String country) {
		if (country == null || country.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(ZONES.get(country.strip().toUpperCase(Locale.ROOT)));
	}

	private static Map<String, ZoneId> load() {
		Properties table = new Properties();
		try (InputStream in = CountryTimeZones.class.getResourceAsStream("country-time-zones.properties")) {
			if (in == null) {
				throw new IllegalStateException("country-time-zones.properties is missing");
			}
			table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, ZoneId> zones = new TreeMap<>();
		table.forEach((country, zone) -> {
			try {
				zones.put((String) country, ZoneId.of((String) zone));
			}
			catch (DateTimeException e) {
				// A zone newer than this JVM's tz data: better no guess than a failure.
			}
		});
		return Map.copyOf(zones);
	}
}
