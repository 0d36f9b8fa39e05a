package dev.meridian.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.meridian.MeridianApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A node that shuts down while agents are connected: the graceful shutdown waits for requests in progress (up to
 * 30 s), and an agent's event stream never ends by itself, so the node must end the streams itself.
 */
class LiveShutdownIntegrationTests {

	@Test
	void aNodeShuttingDownEndsTheOpenStreamsInsteadOfWaitingForThem() throws Exception {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false",
				"--spring.datasource.hikari.pool-name=shutdown-node", "--meridian.identity.admin-email=admin@meridian.test"));
		if (System.getenv("MERIDIAN_DB_URL") == null) {
			args.add("--spring.datasource.url=jdbc:h2:mem:shutdown-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		ConfigurableApplicationContext node = new SpringApplicationBuilder(MeridianApplication.class).profiles("test")
			.run(args.toArray(String[]::new));
		Environment env = node.getEnvironment();
		String base = "http://127.0.0.1:" + env.getRequiredProperty("local.server.port");
		try (AgentSession agent = AgentSession.signIn(base, env.getRequiredProperty("meridian.identity.admin-email"),
				env.getRequiredProperty("meridian.identity.admin-password"))) {
			agent.listen(base);

			long started = System.nanoTime();
			node.close();
			Duration shutdown = Duration.ofNanos(System.nanoTime() - started);

			assertThat(shutdown).as("well under the graceful shutdown's 30 s").isLessThan(Duration.ofSeconds(15));
		}
		finally {
			node.close();
		}
	}
}
