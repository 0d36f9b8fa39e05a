package dev.meridian;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs in the shared API test context, so it costs no start-up of its own. */
class PostgresSessionSettingsTests extends ApiTestSupport {

	@Autowired
	DataSource dataSource;

	@Test
	void postgresSessionsRunWithoutJitAndOtherDatabasesAreLeftAlone() {
		HikariDataSource hikari = (HikariDataSource) dataSource;
		if (!hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			assertThat(hikari.getDataSourceProperties()).doesNotContainKey("options");
			return;
		}
		assertThat(new JdbcTemplate(dataSource).queryForObject("show jit", String.class)).isEqualTo("off");
	}

	@Test
	void optionsTheUrlSetsItselfWin() {
		HikariDataSource hikari = new HikariDataSource();
		hikari.setJdbcUrl("jdbc:postgresql://db.example/meridian?options=-c%20statement_timeout=5000");
		PostgresSessionSettings.apply(hikari);
		assertThat(hikari.getDataSourceProperties()).doesNotContainKey("options");

		HikariDataSource plain = new HikariDataSource();
		plain.setJdbcUrl("jdbc:postgresql://db.example/meridian");
		PostgresSessionSettings.apply(plain);
		assertThat(plain.getDataSourceProperties()).containsEntry("options", "-c jit=off");
	}
}
