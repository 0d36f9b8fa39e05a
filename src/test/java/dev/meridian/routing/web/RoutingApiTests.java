package dev.meridian.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.TeamDraft;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.Teams;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Routing over HTTP as an admin sets it up and agents use it: a pull team configured by PATCH, an agent's profile
 * and presence, the next ticket handed out, a ticket's routing state and an escalation. Each test makes its own brand
 * and team, so no other test's ticket is routed by them.
 */
class RoutingApiTests extends ApiTestSupport {

	private static final List<Map<String, String>> EVERY_DAY = List.of("monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday").stream()
		.map(d -> Map.of("day", d, "opens", "00:00", "closes", "24:00"))
		.toList();

	@Autowired
	Teams teams;

	@Autowired
	Agents agents;

	@Autowired
	Tickets tickets;

	@Test
	void anAdminTurnsOnPullRoutingAndAnAgentTakesTheNextTicketThroughTheApi() {
		String brand = newBrand();
		TeamId team = teams.create(new TeamDraft("Pull " + unique(), "UTC")).id();
		Response configured = patch("/api/v1/routing/teams/" + team, adminToken(), Map.of("enabled", true, "mode",
				"pull", "strategy", "round_robin", "brands", List.of(brand), "languages", List.of("en", "de")));
		assertThat(configured.status()).as(configured.text()).isEqualTo(200);
		assertThat(configured.json().get("mode").asString()).isEqualTo("pull");
		assertThat(configured.json().get("languages").toString()).isEqualTo("[\"de\",\"en\"]");

		TestAgent agent = newAgent("agent");
		agents.update(AgentId.parse(agent.id()), new AgentDraft(null, null, null, null, List.of(team.toString()), null,
				null, null, "UTC", null, null, null, null));
		Response profile = patch("/api/v1/routing/agents/" + agent.id(), adminToken(), Map.of("languages",
				List.of("en"), "tier", "L1", "workingHours", EVERY_DAY, "chatCapacity", 3, "ticketCapacity", 20));
		assertThat(profile.status()).as(profile.text()).isEqualTo(200);
		assertThat(profile.json().get("chatCapacity").asInt()).isEqualTo(3);
		assertThat(profile.json().get("workingHours")).hasSize(7);
		assertThat(profile.json().get("workingHours").get(0).get("closes").asString()).isEqualTo("24:00");

		Response online = sendJson("PUT", "/api/v1/routing/presence", agent.token(), Map.of("presence", "online"),
				Map.of());
		assertThat(online.status()).as(online.text()).isEqualTo(200);
		assertThat(get("/api/v1/routing/presence", agent.token()).json().get("presence").asString())
			.isEqualTo("online");

		JsonNode ticket = openTicket(ticketRequest(brand, "Where is my parcel?", uniqueEmail("buyer"),
				"Hello, my parcel was due on Monday and the tracking has not moved since. Can you check it?"));
		TicketId id = TicketId.parse(ticket.get("id").asString());
		await().atMost(Duration.ofSeconds(10)).until(() -> team.equals(tickets.get(id).team()));

		Response routingState = get("/api/v1/tickets/" + id + "/routing", agent.token());
		assertThat(routingState.status()).as(routingState.text()).isEqualTo(200);
		assertThat(routingState.json().get("lastDecision").get("outcome").asString()).isEqualTo("queued");
		assertThat(routingState.json().get("tier").asString()).isEqualTo("L1");

		Response next = post("/api/v1/routing/next", agent.token(), Map.of());
		assertThat(next.status()).as(next.text()).isEqualTo(200);
		assertThat(next.json().get("ticket").asString()).isEqualTo(id.toString());
		assertThat(tickets.get(id).assignee()).isEqualTo(AgentId.parse(agent.id()));
		assertThat(post("/api/v1/routing/next", agent.token(), Map.of()).status()).isEqualTo(204);
	}

	@Test
	void anEscalationNeedsAReasonAndIsListedWithTheTicketsRouting() {
		JsonNode ticket = openTicket("Refund above the limit");
		String id = ticket.get("id").asString();
		TestAgent agent = newAgent("agent");

		Response noReason = post("/api/v1/tickets/" + id + "/escalations", agent.token(), Map.of("tier", "L2"));
		assertThat(noReason.status()).isIn(400, 422);
		assertThat(noReason.errorCode()).startsWith("routing.");

		Response escalated = post("/api/v1/tickets/" + id + "/escalations", agent.token(),
				Map.of("tier", "L2", "reason", "refund of 480 EUR is above the L1 limit"));
		assertThat(escalated.status()).as(escalated.text()).isEqualTo(201);
		assertThat(escalated.json().get("from").asString()).isEqualTo("L1");
		assertThat(escalated.json().get("to").asString()).isEqualTo("L2");

		JsonNode state = get("/api/v1/tickets/" + id + "/routing", agent.token()).json();
		assertThat(state.get("tier").asString()).isEqualTo("L2");
		assertThat(state.get("escalations")).hasSize(1);
		assertThat(state.get("escalations").get(0).get("reason").asString()).contains("480 EUR");
	}

	@Test
	void badInputIsRefusedWithAStableCodeAndAgentsCannotChangeRouting() {
		TeamId team = teams.create(new TeamDraft("Refusals " + unique(), "UTC")).id();
		Response badMode = patch("/api/v1/routing/teams/" + team, adminToken(), Map.of("mode", "sideways"));
		assertThat(badMode.status()).isEqualTo(400);
		assertThat(badMode.errorCode()).isEqualTo("routing.invalid_mode");

		TestAgent agent = newAgent("agent");
		Response badPresence = sendJson("PUT", "/api/v1/routing/presence", agent.token(),
				Map.of("presence", "busy"), Map.of());
		assertThat(badPresence.status()).isEqualTo(400);
		assertThat(badPresence.errorCode()).isEqualTo("routing.invalid_presence");

		Response badHours = patch("/api/v1/routing/agents/" + agent.id(), adminToken(),
				Map.of("workingHours", List.of(Map.of("day", "someday", "opens", "09:00", "closes", "17:00"))));
		assertThat(badHours.status()).isEqualTo(400);
		assertThat(badHours.errorCode()).isEqualTo("routing.invalid_hours");

		assertThat(patch("/api/v1/routing/teams/" + team, agent.token(), Map.of("enabled", true)).status())
			.isEqualTo(403);
		assertThat(get("/api/v1/routing/teams/" + team, agent.token()).status()).isEqualTo(200);
	}
}
