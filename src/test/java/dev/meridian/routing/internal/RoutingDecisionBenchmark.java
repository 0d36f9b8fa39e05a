package dev.meridian.routing.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.meridian.identity.TeamId;
import dev.meridian.routing.AssignmentMode;
import dev.meridian.routing.AssignmentStrategy;
import dev.meridian.routing.Presence;
import dev.meridian.routing.RoutingDecision;
import dev.meridian.routing.TeamRouting;
import dev.meridian.routing.Tier;
import dev.meridian.ticket.Workload;
import org.openjdk.jmh.annotations.*;

/**
 * JMH benchmark of one routing decision, the in-memory part of routing a ticket: three follow-the-sun teams with
 * 200 agents between them (languages, skills, tiers, presence and load drawn at random), tickets in the demo's
 * languages, at three moments of the day (Asia working, Lisbon working, nobody on shift). Not part of the build's
 * tests; run it as docs/performance.md shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingDecisionBenchmark {

	private static final int TICKETS = 1024;

	private static final List<String> LANGUAGES = List.of("en", "de", "ja", "es", "fr", "zh-CN", "zh-TW");

	private static final List<String> SKILLS = List.of("refunds", "shipping", "warranty", "presale", "b2b");

	/** 11:00 in Shanghai and Manila, 03:00 in Lisbon. */
	@Param({ "2026-11-24T03:00:00Z", "2026-11-24T12:00:00Z", "2026-11-24T23:00:00Z" })
	public String now;

	private Instant at;
	private final List<TeamRouting> teams = new ArrayList<>();
	private final List<Candidate> agents = new ArrayList<>();
	private final Map<Long, Long> lastAssigned = new HashMap<>();
	private final TicketFacts[] tickets = new TicketFacts[TICKETS];
	private int next;

	@Setup
	public void setUp() {
		at = Instant.parse(now);
		Random random = new Random(42);
		long[] teamIds = { 10, 20, 30 };
		String[] zones = { "Asia/Shanghai", "Asia/Manila", "Europe/Lisbon" };
		for (int t = 0; t < teamIds.length; t++) {
			teams.add(new TeamRouting(new TeamId(teamIds[t]), true, AssignmentMode.PUSH,
					t == 1 ? AssignmentStrategy.ROUND_ROBIN : AssignmentStrategy.LEAST_LOADED, List.of(), List.of(), 2,
					false));
		}
		for (int i = 0; i < 200; i++) {
			int t = i % 3;
			List<String> languages = new ArrayList<>(List.of("en"));
			languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
			Presence presence = random.nextInt(10) < 7 ? Presence.ONLINE
					: random.nextBoolean() ? Presence.AWAY : Presence.OFFLINE;
			agents.add(new Candidate(i + 1, Set.of(teamIds[t]), languages,
					Set.of(SKILLS.get(random.nextInt(SKILLS.size()))), Tier.values()[random.nextInt(3)],
					ZoneId.of(zones[t]), AgentRoutingProfile.DEFAULT_HOURS, presence, 20, 3,
					new Workload(random.nextInt(25), random.nextInt(3))));
		}
		for (int i = 0; i < TICKETS; i++) {
			Set<String> skills = random.nextInt(4) == 0 ? Set.of(SKILLS.get(random.nextInt(SKILLS.size()))) : Set.of();
			tickets[i] = new TicketFacts(1, LANGUAGES.get(random.nextInt(LANGUAGES.size())), random.nextInt(5) == 0,
					skills, random.nextInt(6) == 0 ? Tier.L2 : Tier.L1, null);
		}
	}

	@Benchmark
	public RoutingDecision decideForOneTicketAmong200Agents() {
		next = (next + 1) & (TICKETS - 1);
		return RoutingPolicy.decide(tickets[next], teams, agents, lastAssigned, at);
	}
}
