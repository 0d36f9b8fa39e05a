package dev.meridian.language.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import dev.meridian.language.ProviderUsage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts, per provider and UTC day, the calls made, the calls that failed, the characters translated and the cache
 * hits. Each count is one atomic {@code update ... set n = n + ?}, so nodes never lose each other's counts.
 */
@Component
public class UsageMeter {

	private final JdbcClient jdbc;

	UsageMeter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void success(String provider, LocalDate day, int characters) {
		add(provider, day, 1, 0, characters, 0);
	}

	public void failure(String provider, LocalDate day) {
		add(provider, day, 1, 1, 0, 0);
	}

	public void cacheHit(String provider, LocalDate day) {
		add(provider, day, 0, 0, 0, 1);
	}

	private void add(String provider, LocalDate day, long requests, long failures, long characters, long cacheHits) {
		for (int attempt = 0; attempt < 3; attempt++) {
			int updated = jdbc.sql("update translation_usage set request_count = request_count + ?, "
					+ "failure_count = failure_count + ?, char_count = char_count + ?, "
					+ "cache_hit_count = cache_hit_count + ? where provider = ? and usage_date = ?")
				.params(requests, failures, characters, cacheHits, provider, Date.valueOf(day))
				.update();
			if (updated > 0) {
				return;
			}
			try {
				jdbc.sql("insert into translation_usage (provider, usage_date, request_count, failure_count, char_count, "
						+ "cache_hit_count) values (?, ?, ?, ?, ?, ?)")
					.params(provider, Date.valueOf(day), requests, failures, characters, cacheHits)
					.update();
				return;
			}
			catch (DataIntegrityViolationException e) {
				// another request created the day's row first: add to it
			}
		}
	}

	public List<ProviderUsage> between(LocalDate from, LocalDate to) {
		return jdbc.sql("select provider, sum(request_count), sum(failure_count), sum(char_count), sum(cache_hit_count) "
				+ "from translation_usage where usage_date between ? and ? group by provider order by provider")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, row) -> new ProviderUsage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}
}
