package dev.meridian.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;

import dev.meridian.ApiTestSupport;
import dev.meridian.identity.AgentId;
import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.InboundMessage;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The agent UI's server-sent events over real HTTP: ticket changes, new messages, and who is viewing or typing. */
class LiveEventsIntegrationTests extends ApiTestSupport {

	private static final Duration SOON = Duration.ofSeconds(10);

	@Autowired
	Tickets tickets;

	@Autowired
	LiveBus bus;

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void streamTellsTheInboxWhenTicketsAreOpenedAssignedAndChangeStatus() throws Exception {
		TestAgent agent = newAgent("agent");
		try (AgentSession session = AgentSession.signIn(base(), agent.email(), agent.password())) {
			session.listen(base());

			JsonNode opened = openTicket("Parcel stuck in customs " + unique());
			String id = opened.get("id").asString();
			AgentSession.Event event = session.next(e -> e.name().equals("ticket") && id.equals(text(e, "ticket")), SOON);
			assertThat(text(event, "change")).isEqualTo("opened");
			assertThat(text(event, "status")).isEqualTo("new");

			TicketId ticket = TicketId.parse(id);
			tickets.update(ticket, new TicketChanges(null, null, Optional.of(AgentId.parse(agent.id())), null, null, null));
			event = session.next(e -> e.name().equals("ticket") && id.equals(text(e, "ticket"))
					&& "updated".equals(text(e, "change")), SOON);
			assertThat(text(event, "detail")).contains("assignee");
			assertThat(text(event, "assignee")).isEqualTo(agent.id());

			tickets.update(ticket, new TicketChanges(TicketStatus.PENDING, null, null, null, null, null));
			event = session.next(e -> e.name().equals("ticket") && id.equals(text(e, "ticket"))
					&& "status".equals(text(e, "change")), SOON);
			assertThat(text(event, "detail")).isEqualTo("pending");
		}
	}

	@Test
	void streamTellsTheOpenTicketWhenTheCustomerWritesAgain() throws Exception {
		TestAgent agent = newAgent("agent");
		TicketView ticket = tickets.get(TicketId.parse(openTicket("Wrong colour " + unique()).get("id").asString()));
		try (AgentSession session = AgentSession.signIn(base(), agent.email(), agent.password())) {
			session.listen(base());
			var received = tickets.receive(new InboundMessage(ticket.brand(), Channel.EMAIL, ticket.customer(),
					ticket.subject(), MessageBody.text("Any news? I ordered blue."), ticket.id(), null));

			AgentSession.Event event = session.next(e -> e.name().equals("message")
					&& ticket.id().toString().equals(text(e, "ticket")), SOON);
			assertThat(text(event, "message")).isEqualTo(received.message().toString());
			assertThat(text(event, "author")).isEqualTo("customer");
		}
	}

	@Test
	void agentsSeeWhoElseHasTheTicketOpenAndWhoIsTyping() throws Exception {
		TestAgent ann = newAgent("agent");
		TestAgent bob = newAgent("agent");
		String id = openTicket("Refund twice? " + unique()).get("id").asString();
		try (AgentSession annSession = AgentSession.signIn(base(), ann.email(), ann.password());
				AgentSession bobSession = AgentSession.signIn(base(), bob.email(), bob.password())) {
			annSession.listen(base());
			bobSession.listen(base());

			assertThat(annSession.post(base(), "/live/tickets/" + id + "/viewing?state=view")).isEqualTo(204);
			assertThat(bobSession.post(base(), "/live/tickets/" + id + "/viewing?state=typing")).isEqualTo(204);

			AgentSession.Event seen = annSession.next(e -> e.name().equals("viewers") && id.equals(text(e, "ticket"))
					&& viewer(e, bob.id()).map(v -> v.get("typing").asBoolean()).orElse(false), SOON);
			assertThat(viewer(seen, ann.id())).isPresent();

			assertThat(bobSession.post(base(), "/live/tickets/" + id + "/viewing?state=leave")).isEqualTo(204);
			annSession.next(e -> e.name().equals("viewers") && id.equals(text(e, "ticket"))
					&& viewer(e, bob.id()).isEmpty(), SOON);
		}
	}

	@Test
	void anAgentWhoseConnectionStallsHoldsUpNeitherTheBusNorOtherAgents() throws Exception {
		TestAgent stalled = newAgent("agent");
		TestAgent reader = newAgent("agent");
		try (AgentSession stalledSession = AgentSession.signIn(base(), stalled.email(), stalled.password());
				AgentSession session = AgentSession.signIn(base(), reader.email(), reader.password());
				Socket stalledStream = stalledSession.listenWithoutReading(base())) {
			session.listen(base());

			// Far more than the socket buffers hold, and more events than a stream may have waiting (1,000); paced so
			// that the reading agent keeps up, as agents do with the few events a minute of real work.
			String padding = "x".repeat(6_000);
			int fillers = 3_000;
			for (int i = 0; i < fillers; i++) {
				bus.publish(LiveEvent.of("filler", "n", i, "padding", padding));
				if (i % 200 == 199) {
					String last = String.valueOf(i);
					session.next(e -> e.name().equals("filler") && last.equals(text(e, "n")), SOON);
				}
			}
			String marker = unique();
			bus.publish(LiveEvent.of("marker", "id", marker));
			session.next(e -> e.name().equals("marker") && marker.equals(text(e, "id")), SOON);

			// The server gave up on the stalled stream: once read, it ends instead of streaming on (a keep-alive
			// comment every 20 s would otherwise keep it open, and the read would time out).
			stalledStream.setSoTimeout(15_000);
			assertThat(stalledStream.getInputStream().transferTo(OutputStream.nullOutputStream()))
				.isLessThan((long) fillers * padding.length());
		}
	}

	@Test
	void viewingRefusesAnUnknownState() throws Exception {
		TestAgent agent = newAgent("agent");
		try (AgentSession session = AgentSession.signIn(base(), agent.email(), agent.password())) {
			assertThat(session.post(base(), "/live/tickets/1/viewing?state=dancing")).isEqualTo(400);
		}
	}

	private static Optional<JsonNode> viewer(AgentSession.Event event, String agent) {
		for (JsonNode v : event.data().get("viewers")) {
			if (agent.equals(v.get("agent").asString())) {
				return Optional.of(v);
			}
		}
		return Optional.empty();
	}

	private static String text(AgentSession.Event event, String field) {
		JsonNode node = event.data().get(field);
		return node == null ? null : node.asString();
	}

}
