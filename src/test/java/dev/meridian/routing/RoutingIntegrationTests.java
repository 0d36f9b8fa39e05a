package dev.meridian.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.meridian.ApiTestSupport;
import dev.meridian.compliance.AuditLog;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamDraft;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.Teams;
import dev.meridian.shared.DomainException;
import dev.meridian.sla.OpeningHours;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Routing in the running application: tickets opened through the API are routed after they commit, the pull queue
 * hands each ticket to one agent only, going offline moves live chats, and escalation finds someone of the new tier.
 * Every test makes its own brand and teams, so tickets of other tests are never routed by them.
 */
class RoutingIntegrationTests extends ApiTestSupport {

	/** Every day, all day: on shift whenever the test runs. */
	static final List<OpeningHours> ALWAYS = Arrays.stream(DayOfWeek.values())
		.map(d -> new OpeningHours(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
		.toList();

	@Autowired
	Routing routing;

	@Autowired
	RoutingSettings settings;

	@Autowired
	AgentAvailability availability;

	@Autowired
	Agents agents;

	@Autowired
	Teams teams;

	@Autowired
	Tickets tickets;

	@Autowired
	AuditLog auditLog;

	@Test
	void routesJapaneseTicketToJapaneseSpeakerOnShift() {
		String brand = newBrand();
		TeamId team = routingTeam(brand, AssignmentMode.PUSH);
		AgentId german = worker(team, List.of("de", "en"), Tier.L1, ALWAYS);
		AgentId japanese = worker(team, List.of("ja", "en"), Tier.L1, ALWAYS);

		JsonNode ticket = openTicket(ticketRequest(brand, "注文について", uniqueEmail("buyer"),
				"すみません、注文した靴がまだ届いていません。いつ発送されるか教えていただけますか？"));

		TicketView routed = awaitAssigned(ticket);
		assertThat(routed.language()).isEqualTo("ja");
		assertThat(routed.assignee()).isEqualTo(japanese).isNotEqualTo(german);
		assertThat(routed.team()).isEqualTo(team);
		assertThat(routing.state(routed.id()).lastDecision().outcome()).isEqualTo(RoutingDecision.Outcome.ASSIGNED);
		assertThat(auditLog.of("ticket", routed.id().toString()))
			.anySatisfy(e -> assertThat(e.changes()).containsEntry("assignee", japanese.toString()));
	}

	@Test
	void aTicketNobodyOnShiftCanTakeGoesToTheTeamWhoseShiftStartsFirstUnassigned() {
		String brand = newBrand();
		DayOfWeek today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfWeek();
		TeamId sooner = routingTeam(brand, AssignmentMode.PUSH);
		TeamId later = routingTeam(brand, AssignmentMode.PUSH);
		worker(later, List.of("en"), Tier.L1, List.of(wholeDay(today.plus(3))));
		worker(sooner, List.of("en"), Tier.L1, List.of(wholeDay(today.plus(2))));

		JsonNode ticket = openTicket(ticketRequest(brand, "Where is my parcel?", uniqueEmail("buyer"),
				"Hello, my parcel has not arrived yet and the tracking page has not changed for a week."));

		TicketId id = TicketId.parse(ticket.get("id").asString());
		await().atMost(Duration.ofSeconds(10)).until(() -> routing.state(id).lastDecision() != null);
		TicketView view = tickets.get(id);
		assertThat(view.team()).isEqualTo(sooner);
		assertThat(view.assignee()).isNull();
		assertThat(routing.state(id).lastDecision().outcome()).isEqualTo(RoutingDecision.Outcome.FOLLOW_THE_SUN);
	}

	@Test
	void twoAgentsPullingAtOnceNeverGetTheSameTicket() throws Exception {
		String brand = newBrand();
		TeamId team = routingTeam(brand, AssignmentMode.PULL);
		AgentId first = worker(team, List.of("en"), Tier.L1, ALWAYS, 100);
		AgentId second = worker(team, List.of("en"), Tier.L1, ALWAYS, 100);
		int count = 12;
		List<TicketId> opened = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			opened.add(TicketId.parse(openTicket(ticketRequest(brand, "Question " + i, uniqueEmail("buyer"),
					"Hello, I have a question about order number " + i + " and its delivery date.")).get("id").asString()));
		}
		for (TicketId id : opened) {
			await().atMost(Duration.ofSeconds(10)).until(() -> team.equals(tickets.get(id).team()));
		}

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<TicketId>>> pulls = new ArrayList<>();
		for (AgentId agent : List.of(first, second)) {
			pulls.add(pool.submit(() -> {
				start.await();
				List<TicketId> mine = new ArrayList<>();
				for (Optional<TicketId> next = routing.nextTicketFor(agent); next.isPresent(); next = routing.nextTicketFor(agent)) {
					mine.add(next.get());
				}
				return mine;
			}));
		}
		start.countDown();
		List<TicketId> firstGot = pulls.get(0).get();
		List<TicketId> secondGot = pulls.get(1).get();
		pool.shutdown();

		List<TicketId> all = new ArrayList<>(firstGot);
		all.addAll(secondGot);
		assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
		firstGot.forEach(id -> assertThat(tickets.get(id).assignee()).isEqualTo(first));
		secondGot.forEach(id -> assertThat(tickets.get(id).assignee()).isEqualTo(second));
	}

	@Test
	void thePullQueueHandsOutTheTicketWhoseTargetFallsDueFirst() {
		String brand = newBrand();
		TeamId team = routingTeam(brand, AssignmentMode.PULL);
		AgentId agent = worker(team, List.of("en"), Tier.L1, ALWAYS);
		JsonNode normal = openTicket(ticketRequest(brand, "Colour question", uniqueEmail("buyer"),
				"Hello, does this jacket also come in dark green or only in the colours shown?"));
		Map<String, Object> presale = ticketRequest(brand, "Before I buy", uniqueEmail("buyer"),
				"Hello, before I order: does the charger work with European sockets?");
		presale.put("tags", List.of("presale"));
		JsonNode urgent = openTicket(presale);
		for (JsonNode t : List.of(normal, urgent)) {
			TicketId id = TicketId.parse(t.get("id").asString());
			await().atMost(Duration.ofSeconds(10)).until(() -> team.equals(tickets.get(id).team()));
		}

		assertThat(routing.nextTicketFor(agent)).contains(TicketId.parse(urgent.get("id").asString()));
		assertThat(routing.nextTicketFor(agent)).contains(TicketId.parse(normal.get("id").asString()));
		assertThat(routing.nextTicketFor(agent)).isEmpty();
	}

	@Test
	void goingOfflineMovesTheAgentsLiveChatsToAColleague() {
		String brand = newBrand();
		TeamId team = routingTeam(brand, AssignmentMode.PUSH);
		AgentId leaving = worker(team, List.of("en"), Tier.L1, ALWAYS);
		Map<String, Object> chat = ticketRequest(brand, "Chat", uniqueEmail("visitor"),
				"Hi, is the blue backpack still in stock? I would like to order it today.");
		chat.put("channel", "chat");
		TicketView routed = awaitAssigned(openTicket(chat));
		assertThat(routed.assignee()).isEqualTo(leaving);
		AgentId staying = worker(team, List.of("en"), Tier.L1, ALWAYS);

		availability.setPresence(leaving, Presence.OFFLINE);

		assertThat(availability.presenceOf(leaving)).isEqualTo(Presence.OFFLINE);
		await().atMost(Duration.ofSeconds(10)).until(() -> staying.equals(tickets.get(routed.id()).assignee()));
	}

	@Test
	void anyoneAvailableForABrandNeedsSomeoneOnlineOnShiftWithRoomForAChat() {
		String brand = newBrand();
		TeamId team = routingTeam(brand, AssignmentMode.PUSH);
		AgentId agent = worker(team, List.of("en"), Tier.L1, ALWAYS);
		BrandId brandId = BrandId.parse(brand);

		assertThat(availability.anyoneAvailable(brandId)).isTrue();
		availability.setPresence(agent, Presence.AWAY);
		assertThat(availability.anyoneAvailable(brandId)).isFalse();
		availability.setPresence(agent, Presence.ONLINE);
		settings.updateProfile(agent, new RoutingProfileDraft(null, null, null, null, 0, null));
		assertThat(availability.anyoneAvailable(brandId)).isFalse();
	}

	@Test
	void escalationMovesTheTicketToSomeoneOfTheHigherTierWithTheReason() {
		String brand = newBrand();
		TeamId team = routingTeam(brand, AssignmentMode.PUSH);
		AgentId first = worker(team, List.of("en"), Tier.L1, ALWAYS);
		TicketView ticket = awaitAssigned(openTicket(ticketRequest(brand, "Broken on arrival", uniqueEmail("buyer"),
				"Hello, the coffee machine arrived broken and leaks water everywhere when I switch it on.")));
		assertThat(ticket.assignee()).isEqualTo(first);
		AgentId specialist = worker(team, List.of("en"), Tier.L2, ALWAYS);

		EscalationView escalation = routing.escalate(ticket.id(), Tier.L2, "needs a refund above the L1 limit", first);

		assertThat(escalation.from()).isEqualTo(Tier.L1);
		assertThat(escalation.to()).isEqualTo(Tier.L2);
		assertThat(tickets.get(ticket.id()).assignee()).isEqualTo(specialist);
		assertThat(routing.state(ticket.id()).tier()).isEqualTo(Tier.L2);
		assertThat(routing.escalations(ticket.id())).extracting(EscalationView::reason)
			.containsExactly("needs a refund above the L1 limit");
		assertThat(tickets.conversation(ticket.id()))
			.anySatisfy(m -> assertThat(m.body()).contains("L1 → L2").contains("refund above the L1 limit"));
		assertThatThrownBy(() -> routing.escalate(ticket.id(), Tier.L2, "again", first))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("higher tier");
		assertThatThrownBy(() -> routing.escalate(ticket.id(), Tier.L3, " ", first))
			.isInstanceOf(DomainException.class);
		assertThat(auditLog.of("ticket", ticket.id().toString()))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("escalated"));
	}

	@Test
	void theFirstRoutingChangesOfANewTicketArrivingAtOnceAllLand() throws Exception {
		String brand = newBrand();
		TeamId team = routingTeam(brand, AssignmentMode.PUSH);
		worker(team, List.of("en"), Tier.L1, ALWAYS, 100);
		worker(team, List.of("en"), Tier.L2, ALWAYS, 100);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 8; i++) {
				// The routing listener of the opening races the escalation and the skill change for the new row.
				TicketId id = TicketId.parse(openTicket(ticketRequest(brand, "Refund " + i, uniqueEmail("buyer"),
						"Hello, I would like a refund for order " + i + " because it arrived damaged.")).get("id").asString());
				CountDownLatch start = new CountDownLatch(1);
				Future<?> escalated = pool.submit(() -> {
					start.await();
					return routing.escalate(id, Tier.L2, "refund above the L1 limit", null);
				});
				Future<?> skilled = pool.submit(() -> {
					start.await();
					return routing.requireSkills(id, List.of("refunds"));
				});
				start.countDown();
				escalated.get();
				skilled.get();
				assertThat(routing.state(id).tier()).isEqualTo(Tier.L2);
				assertThat(routing.state(id).extraSkills()).containsExactly("refunds");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	// ---- set-up helpers ----

	TeamId routingTeam(String brand, AssignmentMode mode) {
		TeamId team = teams.create(new TeamDraft("Routing " + unique(), "UTC")).id();
		settings.updateTeam(team, new TeamRoutingDraft(true, mode, AssignmentStrategy.LEAST_LOADED,
				List.of(BrandId.parse(brand)), null, null, null));
		return team;
	}

	AgentId worker(TeamId team, List<String> languages, Tier tier, List<OpeningHours> hours) {
		return worker(team, languages, tier, hours, 10);
	}

	AgentId worker(TeamId team, List<String> languages, Tier tier, List<OpeningHours> hours, int capacity) {
		AgentId id = AgentId.parse(newAgent("agent").id());
		agents.update(id, new AgentDraft(null, null, null, null, List.of(team.toString()), null, null, null, "UTC", null,
				null, null, null));
		settings.updateProfile(id, new RoutingProfileDraft(languages, null, tier, hours, 2, capacity));
		availability.setPresence(id, Presence.ONLINE);
		return id;
	}

	static OpeningHours wholeDay(DayOfWeek day) {
		return new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
	}

	TicketView awaitAssigned(JsonNode ticket) {
		TicketId id = TicketId.parse(ticket.get("id").asString());
		await().atMost(Duration.ofSeconds(10)).until(() -> tickets.get(id).assignee() != null);
		return tickets.get(id);
	}
}
