package dev.meridian.live.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.meridian.live.LiveEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The PostgreSQL bus on its own. Runs when the suite runs on PostgreSQL ({@code MERIDIAN_DB_URL}). */
class PostgresLiveBusTests {

	@Test
	void deliversAgainAfterItsLifecycleIsStoppedAndStartedAgain() throws Exception {
		String url = System.getenv("MERIDIAN_DB_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "the bus needs PostgreSQL");
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl(url);
			dataSource.setUsername(System.getenv().getOrDefault("MERIDIAN_DB_USER", "postgres"));
			dataSource.setPassword(System.getenv().getOrDefault("MERIDIAN_DB_PASSWORD", ""));
			dataSource.setMaximumPoolSize(3);
			PostgresLiveBus bus = new PostgresLiveBus(dataSource, JsonMapper.builder().build());
			BlockingQueue<LiveEvent> received = new LinkedBlockingQueue<>();
			bus.subscribe(received::add);
			try {
				bus.start();
				bus.publish(LiveEvent.of("probe", "n", 1));
				assertThat(received.poll(10, TimeUnit.SECONDS)).extracting(e -> e.get("n")).isEqualTo("1");

				// As a paused test context or a graceful restart does.
				bus.stop();
				bus.start();
				bus.publish(LiveEvent.of("probe", "n", 2));
				assertThat(received.poll(10, TimeUnit.SECONDS)).extracting(e -> e.get("n")).isEqualTo("2");
			}
			finally {
				bus.destroy();
			}
		}
	}
}
