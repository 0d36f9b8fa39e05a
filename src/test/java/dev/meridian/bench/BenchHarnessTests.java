package dev.meridian.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmark's generator and load driver at a small size (a few thousand rows), so that they keep working as
 * the schema changes. No timings are asserted: the figures come from {@code bench/run}.
 */
class BenchHarnessTests extends ApiTestSupport {

	@Autowired
	DataSource dataSource;

	@Test
	void generatesTicketsWithThreeToEightMessagesInTheDemoLanguagesOverThreeYears() throws Exception {
		String prefix = "g" + unique();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		DataGenerator.Result result = new DataGenerator().generate(dataSource,
				new DataGenerator.Options(400, prefix, 7, now));

		assertThat(result.rows()).containsEntry("ticket", 400L).containsEntry("customer", 133L).containsEntry("agent", 31L);
		assertThat(result.rows().get("message")).isBetween(3L * 400, 8L * 400);
		try (Connection connection = dataSource.getConnection()) {
			String ofPrefix = " from ticket t join brand b on b.id = t.brand_id where b.name like '" + prefix + " %'";
			assertThat(longs(connection, "select count(*)" + ofPrefix)).containsExactly(400L);
			assertThat(longs(connection, "select min(c) from (select count(*) c from message m join ticket t on t.id = m.ticket_id"
					+ " join brand b on b.id = t.brand_id where b.name like '" + prefix + " %' group by t.id) x").get(0))
				.isGreaterThanOrEqualTo(3L);
			assertThat(strings(connection, "select distinct t.language" + ofPrefix)).contains("en", "de", "ja", "zh-CN");
			assertThat(strings(connection, "select distinct t.channel" + ofPrefix)).contains("EMAIL", "MARKETPLACE", "CHAT");
			assertThat(strings(connection, "select distinct t.status" + ofPrefix)).contains("CLOSED", "NEW", "OPEN");
			assertThat(longs(connection, "select count(distinct t.assignee_id)" + ofPrefix).get(0)).isGreaterThan(20L);
			try (PreparedStatement old = connection.prepareStatement("select count(*)" + ofPrefix + " and t.created_at < ?")) {
				old.setObject(1, now.minus(Duration.ofDays(2 * 365)).atOffset(java.time.ZoneOffset.UTC));
				try (ResultSet row = old.executeQuery()) {
					row.next();
					assertThat(row.getLong(1)).as("tickets older than two years").isGreaterThan(50L);
				}
			}
		}
		// The generated agents sign in with the generator's password and see their own work.
		String token = tokenFor(DataGenerator.agentEmail(prefix, 1), DataGenerator.PASSWORD);
		Response inbox = get("/api/v1/tickets?assignee=me&limit=50", token);
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.json().get("items").size()).isPositive();
		// A new ticket after the bulk load gets an id and a number of its own (identity and sequence moved on).
		assertThat(openTicket("after the bulk load " + prefix).get("id").asString()).isNotBlank();
	}

	@Test
	void driverRunsEveryScenarioAgainstMeridianAndThePlainJdbcBaseline() throws Exception {
		String prefix = "d" + unique();
		new DataGenerator().generate(dataSource, DataGenerator.Options.of(300, prefix));
		long before = ticketsOf(prefix);
		LoadDriver.Settings small = new LoadDriver.Settings(URI.create("http://127.0.0.1:" + port), prefix, 1, 1, 30, 3, 6,
				30, 3, 20, 10, 6, 2, Duration.ofMinutes(2), Duration.ofMillis(20), Set.copyOf(LoadDriver.PHASES));

		LoadDriver.Report report = new LoadDriver(small, dataSource).run();

		assertThat(report.errors()).as("%s", report.firstErrors()).isZero();
		assertThat(report.figures()).extracting(LoadDriver.Figure::name)
			.contains("ingest rate", "ingest answered rate", "ingest settling", "inbox p99", "inbox capacity",
					"ticket page p99", "ticket page capacity", "reply p99", "search p95", "inspection rate");
		Set<String> meridianOnly = Set.of("inspection rate", "ingest settling");
		for (LoadDriver.Figure figure : report.figures()) {
			if (figure.name().equals("ingest settling")) {
				assertThat(figure.meridian()).as(figure.name()).isNotNegative();
			}
			else {
				assertThat(figure.meridian()).as(figure.name()).isPositive();
			}
			if (!meridianOnly.contains(figure.name())) {
				assertThat(figure.baseline()).as(figure.name()).isPositive();
			}
		}
		assertThat(report.figure("ingest rate").meridian())
			.as("the sustained rate counts the time until the asynchronous work is done")
			.isLessThanOrEqualTo(report.figure("ingest answered rate").meridian());
		assertThat(report.markdown()).contains("| inbox p99 |");
		// In the warm-up and in the counted run, 21 of the 30 messages opened tickets through the API; the baseline's
		// own rows were removed again. Only the counted run's figures are in the report.
		assertThat(ticketsOf(prefix) - before).isEqualTo(42);
		assertThat(report.warmUps()).isEqualTo(1);
		assertThat(report.loadAverages()).hasSize(1);
	}

	@Test
	void driverRunsOnlyTheChosenPhases() throws Exception {
		String prefix = "p" + unique();
		new DataGenerator().generate(dataSource, DataGenerator.Options.of(100, prefix));
		LoadDriver.Settings inboxOnly = LoadDriver.Settings.standard(URI.create("http://127.0.0.1:" + port), prefix)
			.scaled(0.005, 1)
			.only(Set.of("inbox"), Duration.ZERO);

		LoadDriver.Report report = new LoadDriver(inboxOnly, dataSource).run();

		assertThat(report.errors()).as("%s", report.firstErrors()).isZero();
		assertThat(report.figures()).extracting(LoadDriver.Figure::name)
			.containsExactly("inbox p50", "inbox p99", "inbox capacity");
		assertThatThrownBy(() -> inboxOnly.only(Set.of("inbox", "dashboard"), Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("dashboard");
	}

	@Test
	void driverTalksOnlyToThisMachine() {
		assertThatThrownBy(() -> LoadDriver.Settings.standard(URI.create("http://192.0.2.10:8080"), "x"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only talks to this machine");
		assertThat(LoadDriver.Settings.standard(URI.create("http://localhost:8080"), "x").base().getHost())
			.isEqualTo("localhost");
	}

	@Test
	void driverWarmsUpOnceUnlessToldAndNeedsACountedRun() {
		LoadDriver.Settings standard = LoadDriver.Settings.standard(URI.create("http://127.0.0.1:8080"), "x");
		assertThat(standard.warmUps()).isEqualTo(1);
		assertThat(standard.withWarmUps(0).warmUps()).isZero();
		assertThatThrownBy(() -> standard.withWarmUps(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> standard.scaled(1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void reportsTheMedianOfTheRuns() {
		assertThat(LoadDriver.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
		assertThat(LoadDriver.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
		assertThat(LoadDriver.median(List.of())).isNaN();
	}

	private long ticketsOf(String prefix) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return longs(connection, "select count(*) from ticket t join brand b on b.id = t.brand_id where b.name like '"
					+ prefix + " %'").get(0);
		}
	}

	private static List<Long> longs(Connection connection, String sql) throws SQLException {
		return column(connection, sql, rows -> rows.getLong(1));
	}

	private static List<String> strings(Connection connection, String sql) throws SQLException {
		return column(connection, sql, rows -> rows.getString(1));
	}

	private interface Cell<T> {

		T read(ResultSet rows) throws SQLException;
	}

	private static <T> List<T> column(Connection connection, String sql, Cell<T> cell) throws SQLException {
		List<T> values = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				values.add(cell.read(rows));
			}
		}
		return values;
	}
}
