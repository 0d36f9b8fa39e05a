package dev.meridian.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Loads a realistic help desk into Meridian's database in bulk: two brands, three teams, 30 agents (and one
 * admin), a customer per three tickets, and tickets with 3 to 8 messages each in the demo's languages and
 * channels, spread over the last three years. Old tickets are closed; the last two weeks hold the open work.
 * PostgreSQL is loaded with {@code COPY}, other databases with JDBC batches.
 *
 * <p>
 * Ids are taken from a range reserved by moving each identity column past it first, so Meridian may run
 * meanwhile. Every name and email starts with the prefix, so several data sets can share one database.
 *
 * <p>
 * {@code bench/generate --tickets 100000 --db postgres} runs it; see {@code docs/performance.md}.
 */
public final class DataGenerator {

	/** The password of every generated agent and of the admin. */
	public static final String PASSWORD = "meridian-bench";

	public static final int AGENTS = 30;

	private static final Duration SPAN = Duration.ofDays(3 * 365);

	private static final Duration RECENT = Duration.ofDays(14);

	private static final String[] TEAMS = { "Shanghai", "Manila", "Lisbon" };

	private static final String[] TEAM_ZONES = { "Asia/Shanghai", "Asia/Manila", "Europe/Lisbon" };

	private static final String[][] TEAM_LANGUAGES = { { "zh-CN", "zh-TW", "ja", "en" }, { "en", "es" },
			{ "de", "fr", "es", "en" } };

	private static final String[] BRANDS = { "Gadgets", "Home" };

	/** What to generate. */
	public record Options(int tickets, String prefix, long seed, Instant now) {

		public Options {
			if (tickets < 1) {
				throw new IllegalArgumentException("tickets must be at least 1");
			}
			if (!prefix.matches("[a-z0-9-]{1,20}")) {
				throw new IllegalArgumentException("prefix: 1-20 lower-case letters, digits or dashes");
			}
		}

		public static Options of(int tickets, String prefix) {
			return new Options(tickets, prefix, 20261124L, Instant.now().truncatedTo(ChronoUnit.MICROS));
		}
	}

	/** Rows written per table, and how long it took. */
	public record Result(Map<String, Long> rows, Duration took) {

		long total() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private final BenchCorpus corpus = BenchCorpus.load();

	public static void main(String[] args) throws Exception {
		Args arguments = Args.parse(args);
		int tickets = arguments.integer("tickets", 100_000);
		String prefix = arguments.text("prefix", "bench");
		try (HikariDataSource db = arguments.dataSource(2)) {
			// The application's locations: db/vendor/{vendor} as Spring Boot resolves it (postgresql or h2).
			String vendor = db.getJdbcUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
			Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
				.load().migrate();
			Result result = new DataGenerator().generate(db, Options.of(tickets, prefix));
			System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s (%,.0f rows/s): %s%n", result.total(),
					result.took().toMillis() / 1000.0, result.total() * 1000.0 / Math.max(1, result.took().toMillis()),
					result.rows());
		}
	}

	public Result generate(DataSource dataSource, Options options) throws SQLException {
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(options.seed());
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
			connection.setAutoCommit(postgres);
			int customers = Math.max(1, options.tickets() / 3);
			long brandBase = reserve(connection, "brand", BRANDS.length);
			long teamBase = reserve(connection, "team", TEAMS.length);
			long agentBase = reserve(connection, "agent", AGENTS + 1);
			long customerBase = reserve(connection, "customer", customers);
			long identityBase = reserve(connection, "customer_identity", customers);
			long ticketBase = reserve(connection, "ticket", options.tickets());
			long messageBase = reserve(connection, "message", 8L * options.tickets());
			long numberBase = reserveNumbers(connection, postgres, options.tickets());
			commit(connection);

			Instant now = options.now();
			String p = options.prefix();
			List<String> agentNames = new ArrayList<>();
			try (BulkSink brands = BulkSink.open(connection, postgres, "brand", "id", "name", "created_at", "updated_at");
					BulkSink teams = BulkSink.open(connection, postgres, "team", "id", "name", "time_zone", "created_at",
							"updated_at")) {
				for (int b = 0; b < BRANDS.length; b++) {
					brands.add(brandBase + b, p + " " + BRANDS[b], now.minus(SPAN), now.minus(SPAN));
				}
				for (int t = 0; t < TEAMS.length; t++) {
					teams.add(teamBase + t, p + " " + TEAMS[t], TEAM_ZONES[t], now.minus(SPAN), now.minus(SPAN));
				}
				count(rows, brands, teams);
			}
			commit(connection);
			String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
			try (BulkSink agents = BulkSink.open(connection, postgres, "agent", "id", "email", "name", "password_hash",
					"role", "tier", "time_zone", "locale", "capacity", "status", "enabled", "created_at", "updated_at");
					BulkSink agentTeams = BulkSink.open(connection, postgres, "agent_team", "agent_id", "team_id").after(agents);
					BulkSink agentLanguages = BulkSink.open(connection, postgres, "agent_language", "agent_id", "language")
						.after(agents)) {
				for (int a = 0; a < AGENTS; a++) {
					int team = a % TEAMS.length;
					String language = TEAM_LANGUAGES[team][a % TEAM_LANGUAGES[team].length];
					String name = corpus.customerName(language, random);
					agentNames.add(name);
					agents.add(agentBase + a, agentEmail(p, a + 1), name, hash, "AGENT", 1 + a % 2, TEAM_ZONES[team],
							language.startsWith("zh") ? "zh-CN" : "en", 25, "ONLINE", true, now.minus(SPAN), now.minus(SPAN));
					agentTeams.add(agentBase + a, teamBase + team);
					for (String spoken : TEAM_LANGUAGES[team]) {
						agentLanguages.add(agentBase + a, spoken);
					}
				}
				agents.add(agentBase + AGENTS, adminEmail(p), p + " admin", hash, "ADMIN", 3, "UTC", "en", 0, "OFFLINE",
						true, now.minus(SPAN), now.minus(SPAN));
				count(rows, agents, agentTeams, agentLanguages);
			}
			commit(connection);

			List<String> customerLanguage = new ArrayList<>(customers);
			List<String> customerName = new ArrayList<>(customers);
			try (BulkSink people = BulkSink.open(connection, postgres, "customer", "id", "name", "email", "language",
					"time_zone", "country", "created_at", "updated_at");
					BulkSink identities = BulkSink.open(connection, postgres, "customer_identity", "id", "customer_id",
							"kind", "identity_value").after(people)) {
				List<String> languages = corpus.languages();
				for (int c = 0; c < customers; c++) {
					String language = languages.get(random.nextInt(languages.size()));
					String name = corpus.customerName(language, random);
					String email = customerEmail(p, c, language);
					Instant since = now.minus(SPAN).plusSeconds(random.nextLong(SPAN.toSeconds()));
					people.add(customerBase + c, name, email, language, corpus.timeZone(language, random),
							corpus.country(language, random), since, since);
					identities.add(identityBase + c, customerBase + c, "EMAIL", email);
					customerLanguage.add(language);
					customerName.add(name);
				}
				count(rows, people, identities);
			}
			commit(connection);

			try (BulkSink tickets = BulkSink.open(connection, postgres, "ticket", "id", "number", "subject", "status",
					"priority", "brand_id", "channel", "customer_id", "assignee_id", "team_id", "language",
					"created_at", "updated_at", "first_reply_at", "solved_at", "closed_at", "next_due_at");
					BulkSink messages = BulkSink.open(connection, postgres, "message", "id", "ticket_id", "kind",
							"author_type", "author_id", "author_name", "body_text", "language", "language_confidence",
							"created_at").after(tickets);
					BulkSink tags = BulkSink.open(connection, postgres, "ticket_tag", "ticket_id", "tag").after(tickets)) {
				long message = messageBase;
				long step = SPAN.toSeconds() * 1_000_000L / options.tickets();
				Instant start = now.minus(SPAN);
				for (int i = 0; i < options.tickets(); i++) {
					int customer = random.nextInt(customers);
					String language = customerLanguage.get(customer);
					BenchCorpus.Conversation conversation = corpus.anyIn(language, random);
					int team = teamFor(language);
					int agent = team + TEAMS.length * random.nextInt(AGENTS / TEAMS.length);
					Instant created = start.plus(i * step + random.nextLong(Math.max(1, step)), ChronoUnit.MICROS);
					boolean recent = created.isAfter(now.minus(RECENT));
					String status = status(recent, random);
					boolean unassigned = status.equals("NEW") && random.nextInt(10) < 7;
					String brand = p + " " + BRANDS[i % BRANDS.length];
					long id = ticketBase + i;
					List<BenchCorpus.Line> lines = corpus.linesOf(conversation, 3 + random.nextInt(6), random);
					Instant at = created;
					Instant firstReply = null;
					List<Object[]> conversationRows = new ArrayList<>(lines.size());
					for (int m = 0; m < lines.size(); m++) {
						BenchCorpus.Line line = lines.get(m);
						boolean fromCustomer = line.from().equals("customer");
						if (m > 0) {
							at = at.plusSeconds(600 + random.nextLong(fromCustomer ? 172_800 : 28_800));
						}
						if (at.isAfter(now)) {
							at = now;
						}
						if (!fromCustomer && line.from().equals("agent") && firstReply == null) {
							firstReply = at;
						}
						String body = corpus.fill(line.body(), language, customerName.get(customer), agentNames.get(agent),
								brand, id, random);
						conversationRows.add(new Object[] { message++, id, fromCustomer ? "INBOUND" : line.from().equals("note") ? "NOTE" : "OUTBOUND",
								fromCustomer ? "CUSTOMER" : "AGENT", fromCustomer ? null : agentBase + agent,
								fromCustomer ? customerName.get(customer) : agentNames.get(agent), body,
								fromCustomer ? language : null, fromCustomer ? 0.9 : null, at });
					}
					boolean done = status.equals("SOLVED") || status.equals("CLOSED");
					tickets.add(id, numberBase + i,
							corpus.fill(conversation.subject(), language, customerName.get(customer), "", brand, id, random),
							status, (short) priority(conversation.priority()), brandBase + i % BRANDS.length,
							conversation.channel().toUpperCase(Locale.ROOT), customerBase + customer,
							unassigned ? null : agentBase + agent, teamBase + team, language, created, at, firstReply,
							done ? at : null, status.equals("CLOSED") ? at : null,
							done ? null : created.plus(Duration.ofHours(24)));
					for (Object[] row : conversationRows) {
						messages.add(row);
					}
					for (String tag : conversation.tags()) {
						tags.add(id, tag);
					}
				}
				count(rows, tickets, messages, tags);
			}
			commit(connection);
			if (postgres) {
				try (Statement analyze = connection.createStatement()) {
					for (String table : List.of("customer", "customer_identity", "ticket", "message", "ticket_tag", "agent")) {
						analyze.execute("analyze " + table);
					}
				}
			}
		}
		return new Result(rows, Duration.ofNanos(System.nanoTime() - started));
	}

	public static String agentEmail(String prefix, int number) {
		return String.format(Locale.ROOT, "%s-agent%02d@bench.meridian.test", prefix, number);
	}

	public static String adminEmail(String prefix) {
		return prefix + "-admin@bench.meridian.test";
	}

	static String customerEmail(String prefix, int number, String language) {
		return prefix + "-c" + number + "@" + language.toLowerCase(Locale.ROOT) + ".bench.meridian.test";
	}

	private static int teamFor(String language) {
		return switch (language) {
			case "zh-CN", "zh-TW", "ja" -> 0;
			case "en", "es" -> 1;
			default -> 2;
		};
	}

	/** Older tickets are closed or solved; the last two weeks hold new, open and waiting ones. */
	private static String status(boolean recent, SplittableRandom random) {
		int roll = random.nextInt(100);
		if (!recent) {
			return roll < 85 ? "CLOSED" : "SOLVED";
		}
		if (roll < 20) {
			return "NEW";
		}
		if (roll < 60) {
			return "OPEN";
		}
		if (roll < 80) {
			return "PENDING";
		}
		return roll < 85 ? "ON_HOLD" : "SOLVED";
	}

	private static int priority(String key) {
		return switch (key) {
			case "low" -> 0;
			case "high" -> 2;
			case "urgent" -> 3;
			default -> 1;
		};
	}

	/** Moves the table's identity past {@code count} new ids and returns the first of them. */
	private static long reserve(Connection connection, String table, long count) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long base;
			try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
				max.next();
				base = max.getLong(1);
			}
			statement.execute("alter table " + table + " alter column id restart with " + (base + count));
			return base;
		}
	}

	/** Moves the ticket number sequence past {@code count} numbers and returns the first of them. */
	private static long reserveNumbers(Connection connection, boolean postgres, long count) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long base;
			try (ResultSet next = statement.executeQuery(postgres ? "select nextval('ticket_number_seq')"
					: "select next value for ticket_number_seq")) {
				next.next();
				base = next.getLong(1);
			}
			statement.execute("alter sequence ticket_number_seq restart with " + (base + count));
			return base;
		}
	}

	private static void commit(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	private static void count(Map<String, Long> rows, BulkSink... sinks) {
		for (BulkSink sink : sinks) {
			rows.merge(sink.table, sink.rows, Long::sum);
		}
	}
}
