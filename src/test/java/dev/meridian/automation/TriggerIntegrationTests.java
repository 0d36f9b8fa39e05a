package dev.meridian.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.meridian.ApiTestSupport;
import dev.meridian.automation.internal.TriggerEngine;
import dev.meridian.automation.internal.TriggerRuns;
import dev.meridian.compliance.AuditLog;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.routing.Routing;
import dev.meridian.routing.Tier;
import dev.meridian.ticket.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Triggers end to end on the running application: event triggers react to real ticket events after commit, the
 * loop guard stops triggers that undo each other and caps a trigger per ticket, time triggers act once per
 * ticket, and every change is in the ticket's audit trail under the trigger's name.
 */
class TriggerIntegrationTests extends ApiTestSupport {

	@Autowired
	Tickets tickets;

	@Autowired
	Customers customers;

	@Autowired
	Brands brandsDirectory;

	@Autowired
	Notifications notifications;

	@Autowired
	TriggerEngine engine;

	@Autowired
	TriggerRuns runs;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Routing routing;

	@Test
	void eventTriggerActsOnANewTicketUnderItsOwnName() {
		TestAgent lead = newAgent("agent");
		String tag = "vip-" + unique();
		String name = "VIP German " + unique();
		JsonNode trigger = createTrigger(Map.of("name", name, "activator", "event", "events", List.of("ticket_created"),
				"match", "all", "conditions", List.of(
						Map.of("field", "ticket.tags", "operator", "contains", "value", tag),
						Map.of("field", "customer.language", "operator", "is", "value", "de")),
				"actions", List.of(Map.of("type", "set_priority", "priority", "high"),
						Map.of("type", "add_tags", "tags", List.of("vip-seen")),
						Map.of("type", "notify", "agents", List.of(lead.id()), "assignee", false,
								"text", "VIP ticket #{{ticket.number}} from {{customer.first_name}}"))));

		CustomerView jonas = customer("Jonas Weber", "de-AT");
		TicketView matching = open(jonas, "Lieferung fehlt", List.of(tag));
		TicketView other = open(customer("Emily Carter", "en"), "Missing parcel", List.of(tag));

		await().atMost(Duration.ofSeconds(20)).until(() -> tickets.get(matching.id()).priority() == Priority.HIGH);
		assertThat(tickets.get(matching.id()).tags()).contains("vip-seen", tag);
		assertThat(auditLog.of("ticket", matching.id().toString()))
			.anySatisfy(e -> {
				assertThat(e.actor()).isEqualTo("trigger: " + name);
				assertThat(e.changes()).containsEntry("priority", "high");
			});
		JsonNode bell = get("/api/v1/notifications", lead.token()).json();
		assertThat(bell.get("items").get(0).get("text").asString())
			.isEqualTo("VIP ticket #" + matching.number() + " from Jonas");
		assertThat(bell.get("items").get(0).get("source").asString()).isEqualTo("trigger: " + name);
		assertThat(tickets.get(other.id()).priority()).isEqualTo(Priority.NORMAL);
		assertThat(get("/api/v1/triggers/" + trigger.get("id").asString(), adminToken()).json().get("fireCount").asLong())
			.isEqualTo(1);
	}

	@Test
	void triggersThatUndoEachOtherStopAfterOneRound() throws Exception {
		String run = unique();
		String ping = "ping-" + run;
		String pong = "pong-" + run;
		JsonNode a = createTrigger(Map.of("name", "Ping " + run, "activator", "event", "events", List.of("ticket_updated"),
				"conditions", List.of(Map.of("field", "ticket.tags", "operator", "contains", "value", ping)),
				"actions", List.of(Map.of("type", "remove_tags", "tags", List.of(ping)),
						Map.of("type", "add_tags", "tags", List.of(pong)))));
		JsonNode b = createTrigger(Map.of("name", "Pong " + run, "activator", "event", "events", List.of("ticket_updated"),
				"conditions", List.of(Map.of("field", "ticket.tags", "operator", "contains", "value", pong)),
				"actions", List.of(Map.of("type", "remove_tags", "tags", List.of(pong)),
						Map.of("type", "add_tags", "tags", List.of(ping)))));
		TicketView ticket = open(customer("Ana Loop", "en"), "Loop", List.of());

		tickets.update(ticket.id(), new TicketChanges(null, null, null, null, List.of(ping), null));

		await().atMost(Duration.ofSeconds(20)).until(() -> fireCount(a) == 1 && fireCount(b) == 1);
		Thread.sleep(2000);
		assertThat(fireCount(a)).isEqualTo(1);
		assertThat(fireCount(b)).isEqualTo(1);
		assertThat(tickets.get(ticket.id()).tags()).containsExactly(ping);
	}

	@Test
	void aTriggerActsAtMostTheCapOfTimesOnOneTicket() {
		TestAgent agent = newAgent("agent");
		String tag = "chatty-" + unique();
		JsonNode trigger = createTrigger(Map.of("name", "Every message " + tag, "activator", "event",
				"events", List.of("message_received"),
				"conditions", List.of(Map.of("field", "ticket.tags", "operator", "contains", "value", tag),
						Map.of("field", "message.author", "operator", "is", "value", "customer")),
				"actions", List.of(Map.of("type", "notify", "agents", List.of(agent.id()), "assignee", false,
						"text", "Customer wrote on #{{ticket.number}}"))));
		CustomerView customer = customer("Auto Responder", "en");
		TicketView ticket = open(customer, "Out of office", List.of(tag));
		for (int i = 0; i < 12; i++) {
			tickets.receive(new InboundMessage(ticket.brand(), Channel.EMAIL, customer.id(), "Re: Out of office",
					MessageBody.text("I am out of the office (" + i + ")."), ticket.id(), null));
		}

		long triggerId = Long.parseLong(trigger.get("id").asString());
		await().atMost(Duration.ofSeconds(30)).until(() -> runs.runs(triggerId, ticket.id().value()) == 10);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> notifications.of(AgentId.parse(agent.id()), 100, null).size() == 10);
		assertThat(fireCount(trigger)).isEqualTo(10);
	}

	@Test
	void timeTriggersCloseSolvedTicketsAndRemindPendingCustomersOncePerTicket() {
		String run = unique();
		String tag = "time-" + run;
		String close = "Close solved after 4 days " + run;
		createTrigger(Map.of("name", close, "activator", "time", "events", List.of(), "match", "all",
				"conditions", List.of(Map.of("field", "ticket.status", "operator", "is", "value", "solved"),
						Map.of("field", "ticket.hours_since_solved", "operator", "greater_than", "value", "96"),
						Map.of("field", "ticket.tags", "operator", "contains", "value", tag)),
				"actions", List.of(Map.of("type", "set_status", "status", "closed"))));
		createTrigger(Map.of("name", "Remind pending after 72h " + run, "activator", "time", "events", List.of(),
				"conditions", List.of(Map.of("field", "ticket.status", "operator", "is", "value", "pending"),
						Map.of("field", "ticket.hours_since_updated", "operator", "greater_than", "value", "72"),
						Map.of("field", "ticket.tags", "operator", "contains", "value", tag)),
				"actions", List.of(Map.of("type", "reply", "variants", Map.of(
						"en", "Hi {{customer.first_name}}, do you still need help with #{{ticket.number}}?",
						"de", "Hallo {{customer.first_name}}, brauchen Sie noch Hilfe zu #{{ticket.number}}?")))));
		Instant now = Instant.now();
		TicketView oldSolved = open(customer("Old Solved", "en"), "Solved long ago", List.of(tag));
		tickets.update(oldSolved.id(), TicketChanges.status(TicketStatus.SOLVED), now.minus(Duration.ofDays(5)));
		TicketView freshSolved = open(customer("Fresh Solved", "en"), "Solved yesterday", List.of(tag));
		tickets.update(freshSolved.id(), TicketChanges.status(TicketStatus.SOLVED), now.minus(Duration.ofDays(1)));
		TicketView waiting = open(customer("Jonas Weber", "de"), "Warte auf Antwort", List.of(tag));
		tickets.update(waiting.id(), TicketChanges.status(TicketStatus.PENDING), now.minus(Duration.ofHours(80)));

		engine.runTimeRules();
		engine.runTimeRules();

		assertThat(tickets.get(oldSolved.id()).status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(auditLog.of("ticket", oldSolved.id().toString()))
			.anySatisfy(e -> {
				assertThat(e.actor()).isEqualTo("trigger: " + close);
				assertThat(e.changes()).containsEntry("status", "closed");
			});
		assertThat(tickets.get(freshSolved.id()).status()).isEqualTo(TicketStatus.SOLVED);
		List<MessageView> reminders = tickets.conversation(waiting.id()).stream()
			.filter(m -> m.authorType() == AuthorType.SYSTEM)
			.toList();
		assertThat(reminders).singleElement().satisfies(m -> {
			assertThat(m.body()).isEqualTo("Hallo Jonas, brauchen Sie noch Hilfe zu #" + waiting.number() + "?");
			assertThat(m.kind()).isEqualTo(MessageKind.OUTBOUND);
			assertThat(m.authorName()).isEqualTo("Remind pending after 72h " + run);
		});
		assertThat(tickets.get(waiting.id()).status()).isEqualTo(TicketStatus.PENDING);
	}

	@Test
	void slaBreachNotifiesTheAssigneeAndEscalates() {
		TestAgent assignee = newAgent("agent");
		String tag = "sla-" + unique();
		createTrigger(Map.of("name", "Breach to L2 " + tag, "activator", "event", "events", List.of("sla_breached"),
				"conditions", List.of(Map.of("field", "ticket.tags", "operator", "contains", "value", tag),
						Map.of("field", "sla.metric", "operator", "is", "value", "first_reply")),
				"actions", List.of(Map.of("type", "notify", "assignee", true, "text", "#{{ticket.number}} breached its SLA"),
						Map.of("type", "escalate", "tier", "L2", "reason", "first reply overdue"))));
		TicketView ticket = open(customer("Late Reply", "en"), "Nobody answers", List.of(tag));
		tickets.update(ticket.id(), new TicketChanges(null, null, java.util.Optional.of(AgentId.parse(assignee.id())),
				null, null, null));

		List<String> fired = engine.onEvent(TriggerEvent.SLA_BREACHED, ticket.id(), null, Set.of(), "first_reply");

		assertThat(fired).containsExactly("Breach to L2 " + tag);
		assertThat(notifications.of(AgentId.parse(assignee.id()), 10, null))
			.anySatisfy(n -> assertThat(n.text()).isEqualTo("#" + ticket.number() + " breached its SLA"));
		assertThat(routing.escalations(ticket.id())).anySatisfy(e -> {
			assertThat(e.to()).isEqualTo(Tier.L2);
			assertThat(e.reason()).isEqualTo("first reply overdue");
		});
	}

	@Test
	void refusesTriggersOutsideTheVocabularyAndAgentsWithoutThePermission() {
		var noStatus = post("/api/v1/triggers", adminToken(), Map.of("name", "Unbounded", "activator", "time",
				"conditions", List.of(Map.of("field", "ticket.hours_since_updated", "operator", "greater_than", "value", "1")),
				"actions", List.of(Map.of("type", "set_status", "status", "closed"))));
		assertThat(noStatus.status()).isEqualTo(422);
		assertThat(noStatus.errorCode()).isEqualTo("automation.time_trigger_status");

		var badField = post("/api/v1/triggers", adminToken(), Map.of("name", "Colour", "events", List.of("ticket_created"),
				"conditions", List.of(Map.of("field", "ticket.colour", "operator", "is", "value", "red")),
				"actions", List.of(Map.of("type", "add_tags", "tags", List.of("x")))));
		assertThat(badField.errorCode()).isEqualTo("automation.unknown_condition_field");

		var badAction = post("/api/v1/triggers", adminToken(), Map.of("name", "Fly", "events", List.of("ticket_created"),
				"actions", List.of(Map.of("type", "fly_away"))));
		assertThat(badAction.status()).isEqualTo(400);

		var placeholder = post("/api/v1/triggers", adminToken(), Map.of("name", "Typo", "events", List.of("ticket_created"),
				"actions", List.of(Map.of("type", "reply", "variants", Map.of("en", "Hi {{customer.frist_name}}")))));
		assertThat(placeholder.errorCode()).isEqualTo("automation.unknown_placeholder");

		TestAgent agent = newAgent("agent");
		assertThat(get("/api/v1/triggers", agent.token()).status()).isEqualTo(403);
	}

	private JsonNode createTrigger(Map<String, Object> body) {
		var created = post("/api/v1/triggers", adminToken(), body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	private long fireCount(JsonNode trigger) {
		return get("/api/v1/triggers/" + trigger.get("id").asString(), adminToken()).json().get("fireCount").asLong();
	}

	private CustomerView customer(String name, String language) {
		return customers.create(new CustomerDraft(name, uniqueEmail("customer"), language, null, null, null));
	}

	private TicketView open(CustomerView customer, String subject, List<String> tags) {
		BrandView brand = brandsDirectory.get(dev.meridian.identity.BrandId.parse(brand()));
		return tickets.open(new OpenTicket(subject, brand.id(), Channel.EMAIL, customer.id(),
				MessageBody.text("Hello, " + subject), null, tags, null));
	}
}
