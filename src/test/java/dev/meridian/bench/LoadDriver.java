package dev.meridian.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.meridian.shared.TypedList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives a running Meridian over HTTP on the loopback interface as a help desk at work, and runs the same work
 * with plain JDBC against the same database for comparison:
 * <ol>
 * <li><b>ingest</b>: customers' messages through the API, seven in ten opening a ticket and the rest replying to
 * one opened in this run; baseline: the same rows inserted with JDBC;</li>
 * <li><b>inbox</b>: agents list their new and open tickets (two filters), 50 per page, following the cursor a few
 * pages deep; baseline: the same keyset query;</li>
 * <li><b>ticket page</b>: a ticket and its conversation; baseline: the two selects;</li>
 * <li><b>reply</b>: agents answer tickets of their inbox; baseline: the message row and the ticket touch;</li>
 * <li><b>search</b>: words of the demo's languages; baseline: SQL {@code LIKE} over subjects and messages.</li>
 * </ol>
 * Every phase is bounded in operations and in time. The whole set runs {@code --warm-ups} times uncounted (one
 * unless told), then {@code --runs} times; the report gives the median of each figure and its ratio to the
 * baseline's median. {@code bench/load} runs it.
 */
public final class LoadDriver {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** The scenarios, in the order they run; {@code --phases} picks some of them. */
	static final List<String> PHASES = List.of("ingest", "inbox", "ticket-page", "reply", "search", "inspect");

	/**
	 * What runs unless {@code --phases} says otherwise: the help desk at work. Inspecting every solved conversation
	 * again ({@code inspect}) is a batch job an admin starts, measured on its own.
	 */
	static final List<String> AT_WORK = PHASES.subList(0, 5);

	/**
	 * How much load, and where. Agents pause for {@code think} (on average) between the requests whose latency the
	 * targets speak of; the inbox and the ticket page are also run flat out, for the capacity of the node. The
	 * {@code warmUps} runs before the {@code runs} go uncounted: a freshly started JVM spends a fifth or more of its
	 * CPU compiling for the first ten thousand messages or so, which is the JIT's figure, not the node's.
	 */
	public record Settings(URI base, String prefix, int warmUps, int runs, int ingest, int ingestThreads, int agents,
			int listRequests, int pages, int ticketPages, int replies, int searches, int searchThreads,
			Duration phaseLimit, Duration think, Set<String> phases) {

		public Settings {
			requireLoopback(base);
			phases = Set.copyOf(phases);
			if (warmUps < 0 || runs < 1) {
				throw new IllegalArgumentException("at least one run and no negative number of warm-ups");
			}
			if (!PHASES.containsAll(phases)) {
				throw new IllegalArgumentException("phases are " + PHASES + ", not " + phases);
			}
		}

		/**
		 * The figures of the issue: 50 concurrent agents, each acting about once a second (a busy agent acts every
		 * few seconds), a few thousand operations per phase, two minutes at most.
		 */
		public static Settings standard(URI base, String prefix) {
			return new Settings(base, prefix, 1, 3, 3000, 16, 50, 5000, 5, 3000, 1000, 300, 8, Duration.ofMinutes(2),
					Duration.ofSeconds(1), Set.copyOf(AT_WORK));
		}

		public Settings scaled(double factor, int runs) {
			return new Settings(base, prefix, warmUps, runs, scale(ingest, factor), ingestThreads, agents,
					scale(listRequests, factor), pages, scale(ticketPages, factor), scale(replies, factor),
					scale(searches, factor), searchThreads, phaseLimit, think, phases);
		}

		public Settings only(Set<String> chosen, Duration thinkTime) {
			return new Settings(base, prefix, warmUps, runs, ingest, ingestThreads, agents, listRequests, pages, ticketPages,
					replies, searches, searchThreads, phaseLimit, thinkTime, chosen);
		}

		public Settings withWarmUps(int count) {
			return new Settings(base, prefix, count, runs, ingest, ingestThreads, agents, listRequests, pages, ticketPages,
					replies, searches, searchThreads, phaseLimit, think, phases);
		}

		/** Paced phases stop after about 30 operations per worker, so that a run stays within minutes. */
		int paced(int count, int workers) {
			return think.isZero() ? count : Math.min(count, workers * 30);
		}

		private static int scale(int value, double factor) {
			return Math.max(1, (int) Math.round(value * factor));
		}
	}

	/** One figure: Meridian's median, the baseline's median (NaN when there is none), and the unit. */
	public record Figure(String name, double meridian, double baseline, String unit, boolean higherIsBetter) {

		/** Meridian as a share of the baseline: above 1 is better than the database alone only for rates. */
		public double ratio() {
			return meridian / baseline;
		}
	}

	/** The medians over all runs, and every error seen. */
	public record Report(List<Figure> figures, long errors, List<String> firstErrors, double heapMaxMb,
			double liveHeapMaxMb, int warmUps, List<String> loadAverages, long retriedConflicts) {

		public @Nullable Figure figure(String name) {
			return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
		}

		public String markdown() {
			StringBuilder out = new StringBuilder("| figure | Meridian | plain JDBC | Meridian / JDBC |\n|---|---|---|---|\n");
			for (Figure f : figures) {
				out.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s |%n", f.name(), number(f.meridian()), f.unit(),
						Double.isNaN(f.baseline()) ? "" : number(f.baseline()) + " " + f.unit(),
						Double.isNaN(f.baseline()) ? "" : String.format(Locale.ROOT, "%.2f", f.ratio())));
			}
			out.append(String.format(Locale.ROOT, "| heap used, highest sample | %.0f MB | | |%n", heapMaxMb));
			out.append(String.format(Locale.ROOT, "| heap live after collection, highest sample | %.0f MB | | |%n",
					liveHeapMaxMb));
			out.append(String.format(Locale.ROOT,
					"%n%d warm-up runs uncounted; load average (1 min) after each counted run: %s; "
							+ "409 conflicts retried: %d; errors: %d %s%n",
					warmUps, String.join(", ", loadAverages), retriedConflicts, errors, firstErrors));
			return out.toString();
		}

		private static String number(double value) {
			return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
		}
	}

	private final Settings settings;

	private final DataSource dataSource;

	private final JdbcBaseline baseline;

	private final BenchCorpus corpus = BenchCorpus.load();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<String> agentTokens = new ArrayList<>();

	private final List<Long> agentIds = new ArrayList<>();

	private String adminToken = "";

	private long brand;

	private int customers;

	private final Map<Integer, List<Long>> seenByAgent = new ConcurrentHashMap<>();

	/** Tickets of the data set that are not closed, for agents without any of their own. */
	private final List<Long> notClosed = new ArrayList<>();

	private final AtomicLong heapMax = new AtomicLong();

	/** What the old generation held after the last collection: the heap the node needs, garbage aside. */
	private final AtomicLong liveHeapMax = new AtomicLong();

	/** Replies retried because the API answered 409 (another message on the same ticket at the same moment). */
	private final AtomicLong conflicts = new AtomicLong();

	/** Where each worker's inbox walk stands: Meridian's cursor, the baseline's keyset, and the depth. */
	private final Map<Integer, String> cursors = new ConcurrentHashMap<>();

	private final Map<Integer, JdbcBaseline.Keyset> keysets = new ConcurrentHashMap<>();

	private final Map<Integer, Integer> depths = new ConcurrentHashMap<>();

	public LoadDriver(Settings settings, DataSource dataSource) throws SQLException {
		this.settings = settings;
		this.dataSource = dataSource;
		this.baseline = new JdbcBaseline(dataSource);
	}

	public static void main(String[] args) throws Exception {
		Args arguments = Args.parse(args);
		URI base = URI.create(arguments.text("base", "http://127.0.0.1:8080"));
		Settings settings = Settings.standard(base, arguments.text("prefix", "bench"))
			.scaled(Double.parseDouble(arguments.text("scale", "1")), arguments.integer("runs", 3))
			.withWarmUps(arguments.integer("warm-ups", 1))
			.only(Set.copyOf(TypedList.split(arguments.text("phases", String.join(",", AT_WORK)))),
					Duration.ofMillis(arguments.integer("think-ms", 1000)));
		try (HikariDataSource db = arguments.dataSource(10)) {
			Report report = new LoadDriver(settings, db).run();
			System.out.println(report.markdown());
			String out = arguments.text("out", "");
			if (!out.isEmpty()) {
				Files.writeString(Path.of(out), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
			}
		}
	}

	static void requireLoopback(URI base) {
		try {
			if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("the load driver only talks to this machine, not " + base.getHost());
			}
		}
		catch (java.net.UnknownHostException e) {
			throw new IllegalArgumentException("unknown host " + base.getHost(), e);
		}
	}

	public Report run() throws Exception {
		signIn();
		boolean searches = settings.phases().contains("search");
		double indexBuild = searches ? awaitSearchIndex() : Double.NaN;
		Thread heap = new Thread(this::sampleHeap, "heap-sampler");
		heap.setDaemon(true);
		heap.start();
		Map<String, List<Double>> meridian = new LinkedHashMap<>();
		Map<String, List<Double>> database = new LinkedHashMap<>();
		List<String> firstErrors = new CopyOnWriteArrayList<>();
		long errors = 0;
		List<String> loads = new ArrayList<>();
		try {
			for (int run = 0; run < settings.warmUps() + settings.runs(); run++) {
				boolean counted = run >= settings.warmUps();
				System.err.println(counted ? "== run " + (run - settings.warmUps() + 1) + " of " + settings.runs()
						: "== warm-up " + (run + 1) + " of " + settings.warmUps() + ", not counted");
				// A warm-up's errors count like any others; its figures do not.
				for (Phase.Outcome outcome : runOnce(run, counted ? meridian : new LinkedHashMap<>(),
						counted ? database : new LinkedHashMap<>(), counted)) {
					errors += outcome.errors();
					if (firstErrors.size() < 10) {
						firstErrors.addAll(outcome.firstErrors().stream().map(e -> outcome.name() + ": " + e).toList());
					}
				}
				baseline.removeInserted();
				if (counted) {
					loads.add(Phase.loadAverage());
				}
			}
		}
		finally {
			heap.interrupt();
		}
		List<Figure> figures = new ArrayList<>();
		figure(figures, meridian, database, "ingest rate", "messages/s", true);
		figure(figures, meridian, database, "ingest answered rate", "messages/s", true);
		figure(figures, meridian, database, "ingest settling", "s", false);
		figure(figures, meridian, database, "ingest p99", "ms", false);
		figure(figures, meridian, database, "inbox p50", "ms", false);
		figure(figures, meridian, database, "inbox p99", "ms", false);
		figure(figures, meridian, database, "inbox capacity", "requests/s", true);
		figure(figures, meridian, database, "ticket page p99", "ms", false);
		figure(figures, meridian, database, "ticket page capacity", "pages/s", true);
		figure(figures, meridian, database, "reply p99", "ms", false);
		figure(figures, meridian, database, "reply rate", "replies/s", true);
		figure(figures, meridian, database, "search p50", "ms", false);
		figure(figures, meridian, database, "search p95", "ms", false);
		figure(figures, meridian, database, "inspection rate", "conversations/s", true);
		if (searches) {
			figures.add(new Figure("search index build", indexBuild, Double.NaN, "s", false));
		}
		return new Report(figures, errors, List.copyOf(firstErrors), heapMax.get() / 1_048_576.0,
				liveHeapMax.get() / 1_048_576.0, settings.warmUps(), loads,
				conflicts.get());
	}

	private List<Phase.Outcome> runOnce(int run, Map<String, List<Double>> meridian, Map<String, List<Double>> database,
			boolean counted) throws SQLException, IOException, InterruptedException {
		List<Phase.Outcome> outcomes = new ArrayList<>();
		Duration limit = settings.phaseLimit();
		Duration think = settings.think();

		if (settings.phases().contains("ingest")) {
			List<Long> opened = new CopyOnWriteArrayList<>();
			Phase.Outcome ingest = Phase.run("ingest", settings.ingestThreads(), settings.ingest(), limit,
					(worker, i) -> ingest(run, i, opened));
			Duration settling = awaitEventPublications(limit);
			List<Long> openedByJdbc = new CopyOnWriteArrayList<>();
			Phase.Outcome ingestJdbc = Phase.run("ingest jdbc", settings.ingestThreads(), settings.ingest(), limit,
					(worker, i) -> ingestJdbc(run, i, openedByJdbc));
			// Sustained: the messages over the time until Meridian also finished what each message set off after its
			// answer (routing, triggers, webhooks, quality), so that the next phase does not pay for it.
			record(meridian, "ingest rate", ingest.done() / (ingest.elapsed().plus(settling).toNanos() / 1e9));
			record(meridian, "ingest answered rate", ingest.perSecond());
			record(meridian, "ingest settling", settling.toMillis() / 1000.0);
			record(meridian, "ingest p99", ingest.millisAt(99));
			record(database, "ingest rate", ingestJdbc.perSecond());
			record(database, "ingest answered rate", ingestJdbc.perSecond());
			record(database, "ingest p99", ingestJdbc.millisAt(99));
			outcomes.addAll(List.of(ingest, ingestJdbc));
		}

		if (settings.phases().contains("inbox")) {
			List<Phase.Outcome> inbox = atWorkAndFlatOut("inbox", settings.listRequests(), this::inbox, this::inboxJdbc);
			record(meridian, "inbox p50", inbox.get(0).millisAt(50));
			record(meridian, "inbox p99", inbox.get(0).millisAt(99));
			record(database, "inbox p50", inbox.get(1).millisAt(50));
			record(database, "inbox p99", inbox.get(1).millisAt(99));
			record(meridian, "inbox capacity", inbox.get(2).perSecond());
			record(database, "inbox capacity", inbox.get(3).perSecond());
			outcomes.addAll(inbox);
		}

		if (settings.phases().contains("ticket-page")) {
			List<Phase.Outcome> page = atWorkAndFlatOut("ticket page", settings.ticketPages(), this::ticketPage,
					(worker, i) -> baseline.ticketPage(ticketOf(worker, i)));
			record(meridian, "ticket page p99", page.get(0).millisAt(99));
			record(database, "ticket page p99", page.get(1).millisAt(99));
			record(meridian, "ticket page capacity", page.get(2).perSecond());
			record(database, "ticket page capacity", page.get(3).perSecond());
			outcomes.addAll(page);
		}

		if (settings.phases().contains("reply")) {
			Phase.Outcome reply = Phase.run("reply", settings.ingestThreads(), settings.replies(), limit, this::reply);
			// Before the baseline, as after ingest: it should not share the cores with Meridian's leftover work.
			awaitEventPublications(limit);
			Phase.Outcome replyJdbc = Phase.run("reply jdbc", settings.ingestThreads(), settings.replies(), limit,
					(worker, i) -> baseline.append(ticketOf(worker, i), "OUTBOUND", agentIds.get(worker % agentIds.size()),
							"bench", line(i, "agent")));
			record(meridian, "reply p99", reply.millisAt(99));
			record(meridian, "reply rate", reply.perSecond());
			record(database, "reply p99", replyJdbc.millisAt(99));
			record(database, "reply rate", replyJdbc.perSecond());
			outcomes.addAll(List.of(reply, replyJdbc));
		}

		if (settings.phases().contains("search")) {
			int paced = settings.paced(settings.searches(), settings.searchThreads());
			Phase.Outcome search = Phase.run("search", settings.searchThreads(), paced, limit, think, this::search);
			Phase.Outcome searchJdbc = Phase.run("search jdbc", settings.searchThreads(), paced, limit, think,
					(worker, i) -> baseline.search(searchWord(i), 25));
			record(meridian, "search p50", search.millisAt(50));
			record(meridian, "search p95", search.millisAt(95));
			record(database, "search p50", searchJdbc.millisAt(50));
			record(database, "search p95", searchJdbc.millisAt(95));
			outcomes.addAll(List.of(search, searchJdbc));
		}
		// Re-inspecting every solved conversation is a batch job of its own; a warm-up would double it for nothing.
		if (settings.phases().contains("inspect") && counted) {
			record(meridian, "inspection rate", inspectEverySolvedConversation());
		}
		return outcomes;
	}

	/**
	 * An agents' scenario four times: at work (pausing between requests) against Meridian and against the baseline,
	 * then flat out against each, for the capacity.
	 */
	private List<Phase.Outcome> atWorkAndFlatOut(String name, int count, Phase.Operation meridian, Phase.Operation jdbc) {
		Duration limit = settings.phaseLimit();
		int paced = settings.paced(count, settings.agents());
		return List.of(Phase.run(name, settings.agents(), paced, limit, settings.think(), meridian),
				Phase.run(name + " jdbc", settings.agents(), paced, limit, settings.think(), jdbc),
				Phase.run(name + " flat out", settings.agents(), count, limit, meridian),
				Phase.run(name + " flat out jdbc", settings.agents(), count, limit, jdbc));
	}

	/**
	 * Inspects every solved conversation of the database again through {@code POST /api/v1/inspections/runs}, call
	 * after call as the API pages them, and answers conversations per second.
	 */
	private double inspectEverySolvedConversation() throws SQLException, IOException, InterruptedException {
		Instant from;
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement("select min(solved_at) from ticket");
				ResultSet row = query.executeQuery()) {
			row.next();
			from = row.getTimestamp(1) == null ? Instant.now() : row.getTimestamp(1).toInstant();
		}
		Instant to = Instant.now().plus(Duration.ofMinutes(1));
		long inspected = 0;
		long started = System.nanoTime();
		while (from != null) {
			HttpRequest.Builder call = json("/api/v1/inspections/runs", adminToken, Map.of("from", from.toString(),
					"to", to.toString())).timeout(Duration.ofMinutes(30));
			JsonNode run = expect(http.send(call.build(), HttpResponse.BodyHandlers.ofString()), 200);
			inspected += run.get("inspected").asLong();
			JsonNode next = run.get("resumeFrom");
			from = next == null || next.isNull() ? null : Instant.parse(next.asString());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.err.printf(Locale.ROOT, "inspect %,d conversations in %.1f s (load %s)%n", inspected, seconds,
				Phase.loadAverage());
		return inspected / seconds;
	}

	// ---- Meridian over HTTP ----

	/**
	 * Waits until text searches use the full-text index, which Meridian builds in the background when the data set
	 * was loaded behind its back (as the generator does), so that the search phase measures the index, not the SQL
	 * fallback. Answers how long the build took, in seconds; NaN when the index was whole at start-up.
	 */
	private double awaitSearchIndex() throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
		for (int poll = 0;; poll++) {
			JsonNode status = send(get("/api/v1/search-indexes/tickets", adminToken), 200);
			String state = status.get("state").asString();
			String line = "search index: " + state + ", " + status.get("indexed").asLong() + " of "
					+ status.get("total").asLong() + " tickets";
			if (poll % 15 == 0 || state.equals("ready")) {
				System.out.println(line);
			}
			if (state.equals("ready")) {
				JsonNode started = status.get("startedAt");
				JsonNode finished = status.get("finishedAt");
				return started.isNull() || finished.isNull() ? Double.NaN
						: Duration.between(Instant.parse(started.asString()), Instant.parse(finished.asString()))
							.toMillis() / 1000.0;
			}
			if (state.equals("failed") || System.nanoTime() > deadline) {
				throw new IllegalStateException("the search index did not become ready: " + line);
			}
			Thread.sleep(1000);
		}
	}

	/**
	 * Waits until every event publication is done: the asynchronous listeners have handled what the last phase
	 * wrote. Answers how long that took; gives up after {@code limit}.
	 */
	private Duration awaitEventPublications(Duration limit) throws SQLException, InterruptedException {
		long started = System.nanoTime();
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			while (System.nanoTime() - started < limit.toNanos()) {
				try (var rows = statement.executeQuery("select count(*) from event_publication where completion_date is null")) {
					rows.next();
					if (rows.getLong(1) == 0) {
						break;
					}
				}
				Thread.sleep(100);
			}
		}
		Duration settling = Duration.ofNanos(System.nanoTime() - started);
		System.err.printf(Locale.ROOT, "asynchronous work settled %.1f s after the phase%n", settling.toMillis() / 1000.0);
		return settling;
	}

	private void signIn() throws Exception {
		adminToken = token(DataGenerator.adminEmail(settings.prefix()));
		for (int a = 1; a <= DataGenerator.AGENTS; a++) {
			agentTokens.add(token(DataGenerator.agentEmail(settings.prefix(), a)));
		}
		try (Connection connection = dataSource.getConnection()) {
			for (int a = 1; a <= DataGenerator.AGENTS; a++) {
				agentIds.add(single(connection, "select id from agent where email = ?", DataGenerator.agentEmail(settings.prefix(), a)));
			}
			brand = single(connection, "select min(id) from brand where name like ?", settings.prefix() + " %");
			customers = (int) single(connection, "select count(*) from customer where email like ?",
					settings.prefix() + "-c%");
			notClosed.addAll(ids(connection, "select t.id from ticket t join brand b on b.id = t.brand_id where b.name like ? "
					+ "and t.status <> 'CLOSED' order by t.created_at desc limit 1000", settings.prefix() + " %"));
			// Each agent starts with the newest tickets assigned to them; the inbox phase adds what it lists.
			for (int a = 0; a < agentIds.size(); a++) {
				seenByAgent.put(a, ids(connection, "select id from ticket where assignee_id = ? and status <> 'CLOSED' "
						+ "order by created_at desc limit 200", agentIds.get(a)));
			}
		}
	}

	private String token(String email) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((email + ":" + DataGenerator.PASSWORD).getBytes(StandardCharsets.UTF_8));
		JsonNode body = send(HttpRequest.newBuilder(settings.base().resolve("/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody()), 201);
		return body.get("token").asString();
	}

	private void ingest(int run, int i, List<Long> opened) throws Exception {
		if (i % 10 < 7 || opened.isEmpty()) {
			Customer customer = customer(run, i);
			BenchCorpus.Conversation conversation = corpus.anyIn(customer.language(), new SplittableRandom(i));
			Map<String, Object> request = Map.of("subject", subject(conversation, i), "brand", Long.toString(brand),
					"channel", conversation.channel(), "customer", Map.of("email", customer.email(), "name", customer.name()),
					"message", Map.of("body", line(i, "customer")));
			JsonNode ticket = send(json("/api/v1/tickets", adminToken, request), 201);
			opened.add(Long.parseLong(ticket.get("id").asString()));
		}
		else {
			long ticket = opened.get(new SplittableRandom(i).nextInt(opened.size()));
			// Two messages on one ticket at the same moment: the API answers 409 to one and asks for a retry.
			for (int attempt = 1;; attempt++) {
				HttpResponse<String> response = exchange(json("/api/v1/tickets/" + ticket + "/messages", adminToken,
						Map.of("kind", "inbound", "body", line(i, "customer"))));
				if (response.statusCode() != 409 || attempt == 3) {
					expect(response, 201);
					break;
				}
				conflicts.incrementAndGet();
			}
		}
	}

	/**
	 * One page of a worker's inbox: each worker walks 1 to {@code pages} pages deep by cursor, like an agent
	 * scrolling, then starts again at the top. Every page is one timed request.
	 */
	private void inbox(int worker, int i) throws Exception {
		int agent = worker % agentTokens.size();
		String cursor = cursors.get(worker);
		JsonNode page = send(get("/api/v1/tickets?status=new,open&assignee=me&limit=50"
				+ (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
				agentTokens.get(agent)), 200);
		List<Long> seen = new ArrayList<>();
		page.get("items").forEach(t -> seen.add(Long.parseLong(t.get("id").asString())));
		if (!seen.isEmpty()) {
			seenByAgent.merge(agent, seen, (a, b) -> a.size() > 2000 ? a : concat(a, b));
		}
		JsonNode next = page.get("nextCursor");
		int depth = depths.merge(worker, 1, Integer::sum);
		if (next == null || next.isNull() || depth >= 1 + i % settings.pages()) {
			cursors.remove(worker);
			depths.remove(worker);
		}
		else {
			cursors.put(worker, next.asString());
		}
	}

	private void ticketPage(int worker, int i) throws Exception {
		long ticket = ticketOf(worker, i);
		String token = agentTokens.get(worker % agentTokens.size());
		send(get("/api/v1/tickets/" + ticket, token), 200);
		send(get("/api/v1/tickets/" + ticket + "/messages", token), 200);
	}

	private void reply(int worker, int i) throws Exception {
		long ticket = ticketOf(worker, i);
		send(json("/api/v1/tickets/" + ticket + "/messages", agentTokens.get(worker % agentTokens.size()),
				Map.of("kind", "outbound", "body", line(i, "agent"))), 201);
	}

	private void search(int worker, int i) throws Exception {
		send(get("/api/v1/tickets?limit=25&text=" + URLEncoder.encode(searchWord(i), StandardCharsets.UTF_8),
				agentTokens.get(worker % agentTokens.size())), 200);
	}

	// ---- the same through plain JDBC ----

	private void ingestJdbc(int run, int i, List<Long> opened) throws SQLException {
		if (i % 10 < 7 || opened.isEmpty()) {
			Customer customer = customer(run + 1000, i);
			BenchCorpus.Conversation conversation = corpus.anyIn(customer.language(), new SplittableRandom(i));
			opened.add(baseline.open(brand, conversation.channel().toUpperCase(Locale.ROOT), customer.email(),
					customer.name(), customer.language(), subject(conversation, i), line(i, "customer")));
		}
		else {
			baseline.append(opened.get(new SplittableRandom(i).nextInt(opened.size())), "INBOUND", null, "bench",
					line(i, "customer"));
		}
	}

	private void inboxJdbc(int worker, int i) throws SQLException {
		long agent = agentIds.get(worker % agentIds.size());
		JdbcBaseline.Page page = baseline.inbox(agent, keysets.get(worker), 50);
		int depth = depths.merge(-1 - worker, 1, Integer::sum);
		if (page.next() == null || depth >= 1 + i % settings.pages()) {
			keysets.remove(worker);
			depths.remove(-1 - worker);
		}
		else {
			keysets.put(worker, page.next());
		}
	}

	// ---- helpers ----

	private record Customer(String email, String name, String language) {
	}

	/** Half the messages come from customers of the data set, half from new ones. */
	private Customer customer(int run, int i) {
		SplittableRandom random = new SplittableRandom(31L * run + i);
		List<String> languages = corpus.languages();
		String language = languages.get(random.nextInt(languages.size()));
		if (i % 2 == 0 && customers > 0) {
			int existing = random.nextInt(customers);
			// The generator's customers keep their own language; the message's language may differ, as in life.
			return new Customer(DataGenerator.customerEmail(settings.prefix(), existing, language), corpus.customerName(language, random), language);
		}
		return new Customer(settings.prefix() + "-load-" + run + "-" + i + "-" + System.nanoTime() + "@bench.meridian.test",
				corpus.customerName(language, random), language);
	}

	private String subject(BenchCorpus.Conversation conversation, int i) {
		return corpus.fill(conversation.subject(), conversation.language(), "", "", "", i, new SplittableRandom(i));
	}

	private String line(int i, String from) {
		SplittableRandom random = new SplittableRandom(i * 7L + from.length());
		BenchCorpus.Conversation conversation = corpus.any(random);
		BenchCorpus.Line line = conversation.lines()
			.stream()
			.filter(l -> l.from().equals(from))
			.findFirst()
			.orElse(conversation.lines().get(0));
		return corpus.fill(line.body(), conversation.language(), "Alex", "Sam", "Meridian", i, random);
	}

	private static String searchWord(int i) {
		List<String> words = BenchCorpus.SEARCH_WORDS.values().stream().flatMap(List::stream).sorted().toList();
		return words.get(Math.floorMod(i * 7919, words.size()));
	}

	/** A ticket of the worker's agent that is not closed, else any such ticket of the data set. */
	private long ticketOf(int worker, int i) {
		List<Long> seen = seenByAgent.getOrDefault(worker % agentTokens.size(), List.of());
		if (seen.isEmpty()) {
			seen = notClosed;
		}
		return seen.get(Math.floorMod(i * 31, seen.size()));
	}

	private void sampleHeap() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				heapMax.accumulateAndGet(metric("jvm.memory.used?tag=area:heap"), Math::max);
				liveHeapMax.accumulateAndGet(metric("jvm.gc.live.data.size"), Math::max);
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				return;
			}
			catch (Exception e) {
				// A missed sample is no reason to stop the run.
			}
		}
	}

	private long metric(String name) throws IOException, InterruptedException {
		JsonNode metric = send(get("/actuator/metrics/" + name, adminToken), 200);
		return (long) metric.get("measurements").get(0).get("value").asDouble();
	}

	private HttpRequest.Builder get(String path, String token) {
		return HttpRequest.newBuilder(settings.base().resolve(path)).header("Authorization", "Bearer " + token).GET();
	}

	private HttpRequest.Builder json(String path, String token, Object body) throws IOException {
		return HttpRequest.newBuilder(settings.base().resolve(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
	}

	private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		return expect(exchange(request), expected);
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode expect(HttpResponse<String> response, int expected) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
					+ " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(200, response.body().length())));
		}
		return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
	}

	private static long single(Connection connection, String sql, Object parameter) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	private static List<Long> ids(Connection connection, String sql, Object parameter) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		return ids;
	}

	private static List<Long> concat(List<Long> a, List<Long> b) {
		List<Long> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static void record(Map<String, List<Double>> figures, String name, double value) {
		figures.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
	}

	private static void figure(List<Figure> figures, Map<String, List<Double>> meridian,
			Map<String, List<Double>> database, String name, String unit, boolean higherIsBetter) {
		if (!meridian.containsKey(name)) {
			return;
		}
		figures.add(new Figure(name, median(meridian.get(name)), median(database.get(name)), unit, higherIsBetter));
	}

	static double median(@Nullable List<Double> values) {
		if (values == null || values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}
}
