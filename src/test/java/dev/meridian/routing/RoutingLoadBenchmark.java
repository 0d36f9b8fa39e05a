package dev.meridian.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerId;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.identity.TeamDraft;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.Teams;
import dev.meridian.sla.OpeningHours;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.OpenTicket;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Load test of routing against the real database: N tickets (10,000 by default) opened for one brand while routing
 * is off, then routed through {@link Routing#route} from 8 threads across three push teams of 200 agents in all,
 * each decision reading the candidates and their load and writing the assignment. Prints decisions per second and
 * the latency percentiles. Off in the normal build; reproduce with
 * {@code ./mvnw test -Dtest=RoutingLoadBenchmark -Dmeridian.bench=true -Dmeridian.bench.count=10000}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "meridian.bench", matches = "true")
class RoutingLoadBenchmark {

	private static final List<String> LANGUAGES = List.of("en", "de", "ja", "es", "fr", "zh-CN", "zh-TW");

	private static final List<OpeningHours> ALWAYS = Arrays.stream(DayOfWeek.values())
		.map(d -> new OpeningHours(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
		.toList();

	@Autowired
	Brands brands;

	@Autowired
	Teams teams;

	@Autowired
	Agents agents;

	@Autowired
	Customers customers;

	@Autowired
	Tickets tickets;

	@Autowired
	RoutingSettings settings;

	@Autowired
	AgentAvailability availability;

	@Autowired
	Routing routing;

	@Test
	void routesTicketsAcrossTwoHundredAgents() throws Exception {
		int count = Integer.getInteger("meridian.bench.count", 10_000);
		String run = Long.toString(System.nanoTime(), 36);
		Random random = new Random(7);
		BrandId brand = brands.create(new BrandDraft("Routing load " + run, null, null)).id();
		List<TeamId> teamIds = new ArrayList<>();
		for (String zone : List.of("Asia/Shanghai", "Asia/Manila", "Europe/Lisbon")) {
			teamIds.add(teams.create(new TeamDraft("Load " + zone + " " + run, zone)).id());
		}
		for (int i = 0; i < 200; i++) {
			TeamId team = teamIds.get(i % 3);
			AgentId agent = agents.create(new AgentDraft("Load agent " + i + " " + run,
					"load-" + i + "-" + run + "@meridian.test", "a-long-password-1", "agent", List.of(team.toString()),
					null, null, null, "UTC", null, null, null, true)).id();
			settings.updateProfile(agent, new RoutingProfileDraft(List.of("en", LANGUAGES.get(random.nextInt(7))),
					null, Tier.L1, ALWAYS, 3, 200));
			availability.setPresence(agent, Presence.ONLINE);
		}
		List<CustomerId> buyers = new ArrayList<>();
		for (int i = 0; i < Math.max(1, count / 10); i++) {
			String language = LANGUAGES.get(random.nextInt(7));
			buyers.add(customers.create(new CustomerDraft("Buyer " + i, "buyer-" + i + "-" + run + "@mail.example",
					language, null, null, List.of())).id());
		}
		long openStart = System.nanoTime();
		List<TicketId> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(tickets.open(new OpenTicket("Order question " + i, brand, Channel.EMAIL,
					buyers.get(random.nextInt(buyers.size())),
					MessageBody.text("Hello, where is my order " + (100000 + i) + "? It was due last week."), null,
					List.of(), null)).id());
		}
		double openSeconds = (System.nanoTime() - openStart) / 1e9;

		for (TeamId team : teamIds) {
			settings.updateTeam(team, new TeamRoutingDraft(true, AssignmentMode.PUSH, AssignmentStrategy.LEAST_LOADED,
					List.of(brand), List.of(), 2, false));
		}
		ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
		AtomicInteger assigned = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		long start = System.nanoTime();
		for (TicketId id : ids) {
			pool.execute(() -> {
				long t0 = System.nanoTime();
				RoutingDecision decision = routing.route(id);
				micros.add((System.nanoTime() - t0) / 1000);
				if (decision.outcome() == RoutingDecision.Outcome.ASSIGNED) {
					assigned.incrementAndGet();
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.HOURS)).isTrue();
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		System.out.printf("ROUTING LOAD: %d tickets opened in %.1f s; %d routed (%d assigned by this run) in %.1f s = "
				+ "%.0f decisions/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; heap used %d MB%n",
				count, openSeconds, sorted.size(), assigned.get(), seconds, sorted.size() / seconds,
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted.get(sorted.size() - 1) / 1000.0,
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
		assertThat(sorted).hasSize(count);
	}

	private static double percentile(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
	}
}
