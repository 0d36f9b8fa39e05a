package dev.meridian.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.AssignmentMode;
import dev.meridian.routing.AssignmentStrategy;
import dev.meridian.routing.Presence;
import dev.meridian.routing.RoutingDecision;
import dev.meridian.routing.RoutingDecision.Outcome;
import dev.meridian.routing.TeamRouting;
import dev.meridian.routing.Tier;
import dev.meridian.sla.OpeningHours;
import dev.meridian.ticket.Workload;
import org.junit.jupiter.api.Test;

/**
 * Routing decisions for a team spread over Shanghai, Manila and Lisbon, at fixed instants: language, skills, tier,
 * capacity, presence, nobody on shift and the follow-the-sun hand-over.
 */
class RoutingScenarioTests {

	static final long BRAND = 1;

	static final long SHANGHAI = 10, MANILA = 20, LISBON = 30, PULL_TEAM = 40;

	/** Tuesday 2026-11-24 03:00 UTC: 11:00 in Shanghai and Manila, 03:00 in Lisbon. */
	static final Instant ASIA_MORNING = Instant.parse("2026-11-24T03:00:00Z");

	/** Tuesday 12:00 UTC: 20:00 in Shanghai and Manila (gone home), 12:00 in Lisbon. */
	static final Instant LISBON_NOON = Instant.parse("2026-11-24T12:00:00Z");

	/** Tuesday 23:00 UTC: 07:00 Wednesday in Shanghai and Manila, 23:00 in Lisbon: nobody works. */
	static final Instant NIGHT_EVERYWHERE = Instant.parse("2026-11-24T23:00:00Z");

	final List<TeamRouting> teams = new ArrayList<>(List.of(
			team(SHANGHAI, AssignmentStrategy.LEAST_LOADED), team(MANILA, AssignmentStrategy.ROUND_ROBIN),
			team(LISBON, AssignmentStrategy.LEAST_LOADED)));

	final List<Candidate> agents = new ArrayList<>();

	final Map<Long, Long> lastAssigned = new HashMap<>();

	@Test
	void routesJapaneseTicketToJapaneseSpeakerOnShift() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("zh-CN", "en")));
		agents.add(agent(2, MANILA, "Asia/Manila", List.of("en", "ja")));
		agents.add(agent(3, LISBON, "Europe/Lisbon", List.of("pt", "en", "ja")));

		RoutingDecision decision = decide(ticket("ja"), ASIA_MORNING);

		assertThat(decision.outcome()).isEqualTo(Outcome.ASSIGNED);
		assertThat(decision.agent()).isEqualTo(new AgentId(2));
		assertThat(decision.team()).isEqualTo(new TeamId(MANILA));
	}

	@Test
	void simplifiedChineseTicketDoesNotGoToATraditionalChineseReader() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("zh-TW")));
		agents.add(agent(2, SHANGHAI, "Asia/Shanghai", List.of("zh-CN")));

		assertThat(decide(ticket("zh-CN"), ASIA_MORNING).agent()).isEqualTo(new AgentId(2));
		assertThat(decide(ticket("zh-TW"), ASIA_MORNING).agent()).isEqualTo(new AgentId(1));
	}

	@Test
	void aBareLanguageCoversItsRegionalVariants() {
		agents.add(agent(1, LISBON, "Europe/Lisbon", List.of("de")));

		assertThat(decide(ticket("de-AT"), LISBON_NOON).agent()).isEqualTo(new AgentId(1));
	}

	@Test
	void skipsAnAgentAtTicketCapacity() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")).withLoad(new Workload(5, 0)));
		agents.add(agent(2, SHANGHAI, "Asia/Shanghai", List.of("en")).withLoad(new Workload(4, 0)));

		RoutingDecision decision = decide(ticket("en"), ASIA_MORNING);

		assertThat(decision.agent()).isEqualTo(new AgentId(2));
	}

	@Test
	void queuesInTheTeamWhenEveryQualifiedAgentOnShiftIsAtCapacity() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")).withLoad(new Workload(5, 0)));

		RoutingDecision decision = decide(ticket("en"), ASIA_MORNING);

		assertThat(decision.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(decision.team()).isEqualTo(new TeamId(SHANGHAI));
		assertThat(decision.agent()).isNull();
	}

	@Test
	void chatsCountAgainstChatCapacityAndTicketsAgainstTicketCapacity() {
		// Agent 1 holds 2 chats (its chat capacity) and no other ticket: an email still fits, a chat does not.
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")).withLoad(new Workload(2, 2)));

		assertThat(decide(ticket("en"), ASIA_MORNING).agent()).isEqualTo(new AgentId(1));
		TicketFacts chat = new TicketFacts(BRAND, "en", true, Set.of(), Tier.L1, null);
		assertThat(decide(chat, ASIA_MORNING).outcome()).isEqualTo(Outcome.QUEUED);
	}

	@Test
	void leastLoadedWeighsLiveChatsByTheTeamsChatWeight() {
		// Agent 1: 3 tickets; agent 2: 1 ticket and 1 chat, weighted 1 + 2 × 1 = 3; agent 3: 2 tickets.
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")).withLoad(new Workload(3, 0)));
		agents.add(agent(2, SHANGHAI, "Asia/Shanghai", List.of("en")).withLoad(new Workload(2, 1)));
		agents.add(agent(3, SHANGHAI, "Asia/Shanghai", List.of("en")).withLoad(new Workload(2, 0)));

		assertThat(decide(ticket("en"), ASIA_MORNING).agent()).isEqualTo(new AgentId(3));
	}

	@Test
	void roundRobinTakesAgentsInTurnAndWrapsAround() {
		agents.add(agent(5, MANILA, "Asia/Manila", List.of("en")));
		agents.add(agent(7, MANILA, "Asia/Manila", List.of("en")));
		agents.add(agent(9, MANILA, "Asia/Manila", List.of("en")));
		List<Long> served = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			RoutingDecision decision = decide(new TicketFacts(BRAND, "en", false, Set.of(), Tier.L1, MANILA), ASIA_MORNING);
			served.add(decision.agent().value());
			lastAssigned.put(MANILA, decision.agent().value());
		}
		assertThat(served).containsExactly(5L, 7L, 9L, 5L);
	}

	@Test
	void needsEverySkillAndAHighEnoughTier() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")));
		agents.add(agent(2, SHANGHAI, "Asia/Shanghai", List.of("en")).withSkills(Set.of("refunds")));
		agents.add(agent(3, SHANGHAI, "Asia/Shanghai", List.of("en")).withSkills(Set.of("refunds")).withTier(Tier.L2));

		assertThat(decide(new TicketFacts(BRAND, "en", false, Set.of("refunds"), Tier.L1, null), ASIA_MORNING).agent())
			.isIn(new AgentId(2), new AgentId(3));
		assertThat(decide(new TicketFacts(BRAND, "en", false, Set.of("refunds"), Tier.L2, null), ASIA_MORNING).agent())
			.isEqualTo(new AgentId(3));
		RoutingDecision l3 = decide(new TicketFacts(BRAND, "en", false, Set.of(), Tier.L3, null), ASIA_MORNING);
		assertThat(l3.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(l3.agent()).isNull();
	}

	@Test
	void aWaitingTicketGoesToTheTeamWhoseAgentsAreOnShiftNotToTheSleepingOnes() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")));
		agents.add(agent(3, LISBON, "Europe/Lisbon", List.of("en")));

		RoutingDecision decision = decide(ticket("en"), LISBON_NOON);

		assertThat(decision.outcome()).isEqualTo(Outcome.ASSIGNED);
		assertThat(decision.agent()).isEqualTo(new AgentId(3));
		assertThat(decision.team()).isEqualTo(new TeamId(LISBON));
	}

	@Test
	void neverAssignsAnOnlineAgentWhoIsOffShift() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("zh-CN")));

		RoutingDecision decision = decide(ticket("zh-CN"), LISBON_NOON);

		assertThat(decision.agent()).isNull();
		assertThat(decision.outcome()).isEqualTo(Outcome.FOLLOW_THE_SUN);
	}

	@Test
	void whenNobodyIsOnShiftTheTicketGoesToTheTeamWhoseShiftStartsNext() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")));
		agents.add(agent(2, MANILA, "Asia/Manila", List.of("en"), new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))));
		agents.add(agent(3, LISBON, "Europe/Lisbon", List.of("en")));

		RoutingDecision decision = decide(ticket("en"), NIGHT_EVERYWHERE);

		// Manila starts at 08:00 local = 00:00 UTC, an hour before Shanghai's 09:00 = 01:00 UTC.
		assertThat(decision.outcome()).isEqualTo(Outcome.FOLLOW_THE_SUN);
		assertThat(decision.team()).isEqualTo(new TeamId(MANILA));
		assertThat(decision.agent()).isNull();
		assertThat(decision.shiftStartsAt()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
	}

	@Test
	void followTheSunHandsOverFromLisbonToShanghaiAtTheEndOfTheDay() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")));
		agents.add(agent(3, LISBON, "Europe/Lisbon", List.of("en")));

		// 17:59 in Lisbon: still Lisbon's ticket.
		assertThat(decide(ticket("en"), Instant.parse("2026-11-24T17:59:00Z")).agent()).isEqualTo(new AgentId(3));
		// 18:00 in Lisbon: Lisbon is off, Shanghai starts at 09:00 local = 01:00 UTC.
		RoutingDecision evening = decide(ticket("en"), Instant.parse("2026-11-24T18:00:00Z"));
		assertThat(evening.outcome()).isEqualTo(Outcome.FOLLOW_THE_SUN);
		assertThat(evening.team()).isEqualTo(new TeamId(SHANGHAI));
		assertThat(evening.shiftStartsAt()).isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
		// 01:00 UTC: Shanghai's agent is on shift and gets it.
		assertThat(decide(ticket("en"), Instant.parse("2026-11-25T01:00:00Z")).agent()).isEqualTo(new AgentId(1));
	}

	@Test
	void anAwayAgentOnShiftKeepsTheTicketInTheTeamQueue() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")).withPresence(Presence.AWAY));
		agents.add(agent(3, LISBON, "Europe/Lisbon", List.of("en")));

		RoutingDecision decision = decide(ticket("en"), ASIA_MORNING);

		assertThat(decision.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(decision.team()).isEqualTo(new TeamId(SHANGHAI));
	}

	@Test
	void aPullTeamKeepsTicketsInItsQueue() {
		teams.clear();
		teams.add(new TeamRouting(new TeamId(PULL_TEAM), true, AssignmentMode.PULL, AssignmentStrategy.ROUND_ROBIN,
				List.of(), List.of(), 2, false));
		agents.add(agent(1, PULL_TEAM, "Asia/Shanghai", List.of("en")));

		RoutingDecision decision = decide(ticket("en"), ASIA_MORNING);

		assertThat(decision.outcome()).isEqualTo(Outcome.QUEUED);
		assertThat(decision.team()).isEqualTo(new TeamId(PULL_TEAM));
	}

	@Test
	void teamsServeTheirBrandsAndLanguagesOnly() {
		teams.clear();
		teams.add(new TeamRouting(new TeamId(SHANGHAI), true, AssignmentMode.PUSH, AssignmentStrategy.ROUND_ROBIN,
				List.of(new BrandId(2)), List.of(), 2, false));
		teams.add(new TeamRouting(new TeamId(LISBON), true, AssignmentMode.PUSH, AssignmentStrategy.ROUND_ROBIN,
				List.of(), List.of("de", "pt"), 2, false));
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("en")));
		agents.add(agent(3, LISBON, "Europe/Lisbon", List.of("en", "de")));

		assertThat(decide(ticket("en"), ASIA_MORNING).outcome()).isEqualTo(Outcome.NO_TEAM);
		assertThat(decide(ticket("de"), LISBON_NOON).team()).isEqualTo(new TeamId(LISBON));
	}

	@Test
	void aTicketOfUnknownLanguageGoesToAnyone() {
		agents.add(agent(1, SHANGHAI, "Asia/Shanghai", List.of("zh-CN")));

		assertThat(decide(ticket("und"), ASIA_MORNING).agent()).isEqualTo(new AgentId(1));
		assertThat(decide(new TicketFacts(BRAND, null, false, Set.of(), Tier.L1, null), ASIA_MORNING).agent())
			.isEqualTo(new AgentId(1));
	}

	private RoutingDecision decide(TicketFacts ticket, Instant now) {
		return RoutingPolicy.decide(ticket, teams, agents, lastAssigned, now);
	}

	static TicketFacts ticket(String language) {
		return new TicketFacts(BRAND, language, false, Set.of(), Tier.L1, null);
	}

	static TeamRouting team(long id, AssignmentStrategy strategy) {
		return new TeamRouting(new TeamId(id), true, AssignmentMode.PUSH, strategy, List.of(), List.of(), 2, false);
	}

	static Candidate agent(long id, long team, String zone, List<String> languages, OpeningHours... hours) {
		return new Candidate(id, Set.of(team), languages, Set.of(), Tier.L1, ZoneId.of(zone),
				hours.length == 0 ? AgentRoutingProfile.DEFAULT_HOURS : List.of(hours), Presence.ONLINE, 5, 2,
				Workload.NONE);
	}
}
