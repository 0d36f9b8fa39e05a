package dev.meridian.live.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.meridian.live.LiveBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/**
 * Picks the bus: {@code meridian.live.bus=auto} (the default) takes PostgreSQL LISTEN/NOTIFY when the database is
 * PostgreSQL and the in-process bus otherwise; {@code local} or {@code postgres} force one.
 */
@Configuration(proxyBeanMethods = false)
class LiveBusConfig {

	private static final Logger log = LoggerFactory.getLogger(LiveBusConfig.class);

	@Bean
	LiveBus liveBus(DataSource dataSource, ObjectMapper json, @Value("${meridian.live.bus:auto}") String mode) {
		boolean postgres = switch (mode) {
			case "postgres" -> true;
			case "local" -> false;
			default -> isPostgres(dataSource);
		};
		log.info("Live events travel {}", postgres ? "through PostgreSQL LISTEN/NOTIFY" : "in process");
		return postgres ? new PostgresLiveBus(dataSource, json) : new InProcessLiveBus();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot tell which database this is", e);
		}
	}
}
