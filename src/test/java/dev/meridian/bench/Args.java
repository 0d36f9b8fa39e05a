package dev.meridian.bench;

import java.util.HashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;

/** Command-line options of the benchmark tools: {@code --name value} pairs. */
record Args(Map<String, String> values) {

	static Args parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
			}
			values.put(args[i].substring(2), args[++i]);
		}
		return new Args(values);
	}

	String text(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	int integer(String name, int fallback) {
		return values.containsKey(name) ? Integer.parseInt(values.get(name).replace("_", "")) : fallback;
	}

	/**
	 * The database: {@code --url} (with {@code --user}, {@code --password}), else {@code --db postgres} (the local
	 * server's database {@code meridian_perf}) or {@code --db h2} (the embedded file database under ./data).
	 */
	HikariDataSource dataSource(int poolSize) {
		String db = text("db", "postgres");
		String url = text("url", db.equals("h2")
				? "jdbc:h2:file:./data/meridian;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
				: "jdbc:postgresql://127.0.0.1:5432/meridian_perf");
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(text("user", url.startsWith("jdbc:h2") ? "sa" : "postgres"));
		dataSource.setPassword(text("password", ""));
		dataSource.setMaximumPoolSize(poolSize);
		return dataSource;
	}
}
