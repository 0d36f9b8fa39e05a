package dev.meridian.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.ApiTestSupport;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.BrandId;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.OpenTicket;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code {{ticket.satisfaction_link}}} end to end: the seeded "Ask for a satisfaction rating" trigger is off, and its
 * reply, run by a real trigger on a real solve, reaches the customer as an outbound message in their language with
 * the link to their ticket's open survey; a macro that uses the placeholder invites the customer on first use.
 */
class SatisfactionLinkIntegrationTests extends ApiTestSupport {

	@Autowired
	Tickets tickets;

	@Autowired
	Customers customers;

	@Autowired
	Surveys surveys;

	@Test
	void theSeededTriggerIsOffAndItsReplySendsTheRatingLinkInTheCustomersLanguageWhenATicketIsSolved() {
		JsonNode seeded = null;
		for (JsonNode trigger : get("/api/v1/triggers", adminToken()).json().get("items")) {
			if (trigger.get("name").asString().equals("Ask for a satisfaction rating")) {
				seeded = trigger;
			}
		}
		assertThat(seeded).as("the seeded trigger").isNotNull();
		assertThat(seeded.get("enabled").asBoolean()).isFalse();
		assertThat(seeded.get("actions").get(0).get("variants").propertyNames())
			.contains("en", "de", "es", "fr", "ja", "zh-CN", "zh-TW");

		// The seeded rule, saved again (so its texts pass the strict placeholder check) and kept to this test's tickets.
		String tag = "csat-" + unique();
		List<Object> conditions = new ArrayList<>();
		seeded.get("conditions").forEach(conditions::add);
		conditions.add(Map.of("field", "ticket.tags", "operator", "contains", "value", tag));
		var created = post("/api/v1/triggers", adminToken(), Map.of("name", "Ask for a rating " + tag, "activator",
				"event", "events", seeded.get("events"), "match", "all", "conditions", conditions, "actions",
				seeded.get("actions")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);

		CustomerView jonas = customers.create(new CustomerDraft("Jonas Weber", uniqueEmail("jonas"), "de", null, null,
				null));
		TicketView ticket = tickets.open(new OpenTicket("Reißverschluss klemmt", BrandId.parse(brand()), Channel.EMAIL,
				jonas.id(), MessageBody.text("Hallo, der Reißverschluss klemmt."), null, List.of(tag), null));
		tickets.update(ticket.id(), TicketChanges.status(TicketStatus.SOLVED));

		await().atMost(Duration.ofSeconds(30)).until(() -> outbound(ticket).isPresent());
		String token = surveys.invite(ticket.id()).token();
		assertThat(outbound(ticket).orElseThrow().body()).startsWith("Hallo Jonas,")
			.contains("Wie zufrieden sind Sie", "http://localhost:8080/survey/" + token + "\n");
	}

	@Test
	void aMacroWithTheLinkInvitesTheCustomerOnFirstUse() {
		TestAgent agent = newAgent("agent");
		var macro = post("/api/v1/macros", agent.token(), Map.of("name", "Rate us " + unique(), "variants",
				Map.of("en", "Please rate us: {{ticket.satisfaction_link}}")));
		assertThat(macro.status()).as(macro.text()).isEqualTo(201);
		String ticket = openTicket("Rate me " + unique()).get("id").asString();

		var applied = post("/api/v1/macros/" + macro.json().get("id").asString() + "/apply", agent.token(),
				Map.of("ticket", ticket));
		assertThat(applied.status()).as(applied.text()).isEqualTo(200);
		String token = surveys.invite(TicketId.parse(ticket)).token();
		assertThat(applied.json().get("body").asString())
			.isEqualTo("Please rate us: http://localhost:8080/survey/" + token);

		var typo = post("/api/v1/macros", agent.token(), Map.of("name", "Typo " + unique(), "variants",
				Map.of("en", "{{ticket.satisfaction}}")));
		assertThat(typo.errorCode()).isEqualTo("automation.unknown_placeholder");
	}

	private Optional<MessageView> outbound(TicketView ticket) {
		return tickets.conversation(ticket.id()).stream().filter(m -> m.kind() == MessageKind.OUTBOUND).findFirst();
	}
}
