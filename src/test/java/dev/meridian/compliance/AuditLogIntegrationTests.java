package dev.meridian.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The audit trail records every change with its actor and fields, in the same transaction as the change. */
class AuditLogIntegrationTests extends ApiTestSupport {

	@Autowired
	AuditLog audit;

	@Autowired
	Tickets tickets;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void recordsEveryTicketChangeWithActorAndFields() {
		TestAgent agent = newAgent("agent");
		Map<String, Object> request = ticketRequest(brand(), "Audited", uniqueEmail("a"), "first");
		JsonNode ticket = post("/api/v1/tickets", agent.token(), request).json();
		String id = ticket.get("id").asString();
		String reply = post("/api/v1/tickets/" + id + "/messages", agent.token(), Map.of("body", "reply")).json().get("id")
			.asString();
		String note = post("/api/v1/tickets/" + id + "/messages", agent.token(), Map.of("kind", "note", "body", "note"))
			.json().get("id").asString();
		patch("/api/v1/tickets/" + id, agent.token(), Map.of("priority", "urgent", "tags", List.of("b", "a"), "status",
				"pending"));

		List<AuditEntry> entries = audit.of("ticket", id);
		assertThat(entries).extracting(AuditEntry::action).containsExactly("opened", "replied", "noted", "updated");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo(agent.email());
			assertThat(entry.entityType()).isEqualTo("ticket");
			assertThat(entry.entityId()).isEqualTo(id);
			assertThat(entry.occurredAt()).isNotNull();
		});
		assertThat(entries.get(0).changes()).containsEntry("subject", "Audited")
			.containsEntry("channel", "email")
			.containsEntry("brand", brand())
			.containsEntry("customer", ticket.get("customer").get("id").asString());
		assertThat(entries.get(1).changes()).containsEntry("message", reply);
		assertThat(entries.get(2).changes()).containsEntry("message", note);
		assertThat(entries.get(3).changes()).containsExactlyInAnyOrderEntriesOf(
				Map.of("priority", "urgent", "tags", "b,a", "status", "pending"));
	}

	@Test
	void recordsMergeSplitAndFollowUpOnEveryTicketInvolved() {
		TestAgent lead = newAgent("lead");
		String source = openTicket("Merge source").get("id").asString();
		String target = openTicket("Merge target").get("id").asString();
		post("/api/v1/tickets/" + target + "/messages", adminToken(), Map.of("kind", "inbound", "body", "second"));
		assertThat(post("/api/v1/tickets/" + source + "/merge", lead.token(), Map.of("into", target)).status())
			.isEqualTo(200);

		assertThat(last(audit.of("ticket", source))).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("merged");
			assertThat(entry.actor()).isEqualTo(lead.email());
			assertThat(entry.changes()).containsEntry("into", target);
		});
		assertThat(last(audit.of("ticket", target))).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("merged_from");
			assertThat(entry.changes()).containsEntry("from", source);
		});

		String message = get("/api/v1/tickets/" + target + "/messages", adminToken()).json().get("items").get(0).get("id")
			.asString();
		String split = post("/api/v1/tickets/" + target + "/split", lead.token(), Map.of("message", message)).json().get("id")
			.asString();
		assertThat(last(audit.of("ticket", target))).satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("split");
			assertThat(entry.actor()).isEqualTo(lead.email());
			assertThat(entry.changes()).containsEntry("into", split).containsEntry("message", message);
		});
		assertThat(audit.of("ticket", split)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("split_from");
			assertThat(entry.changes()).containsEntry("from", target).containsEntry("message", message);
		});

		patch("/api/v1/tickets/" + split, adminToken(), Map.of("status", "solved"));
		patch("/api/v1/tickets/" + split, adminToken(), Map.of("status", "closed"));
		String followUp = post("/api/v1/tickets/" + split + "/messages", adminToken(),
				Map.of("kind", "inbound", "body", "again")).json().get("ticket").asString();
		assertThat(audit.of("ticket", followUp)).extracting(AuditEntry::action).containsExactly("opened", "follow_up");
		assertThat(last(audit.of("ticket", followUp)).changes()).containsEntry("followUpOf", split);
	}

	@Test
	void recordsDirectoryAndCustomerChanges() {
		String name = "Audited brand " + unique();
		String brand = post("/api/v1/brands", adminToken(), Map.of("name", name, "marketplaces", List.of("amazon-de")))
			.json().get("id").asString();
		patch("/api/v1/brands/" + brand, adminToken(), Map.of("website", "https://audited.example"));
		List<AuditEntry> brandEntries = audit.of("brand", brand);
		assertThat(brandEntries).extracting(AuditEntry::action).containsExactly("created", "updated");
		assertThat(brandEntries).extracting(AuditEntry::actor).containsOnly(adminEmail);
		assertThat(brandEntries.get(0).changes()).containsEntry("name", name).containsEntry("marketplaces", "amazon-de");
		assertThat(brandEntries.get(1).changes()).containsExactlyEntriesOf(Map.of("website", "https://audited.example"));

		String team = post("/api/v1/teams", adminToken(), Map.of("name", "Audited team " + unique(), "timeZone", "UTC"))
			.json().get("id").asString();
		assertThat(audit.of("team", team)).extracting(AuditEntry::action).containsExactly("created");

		String customer = post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("audited"))).json().get("id")
			.asString();
		patch("/api/v1/customers/" + customer, adminToken(), Map.of("country", "DE"));
		assertThat(audit.of("customer", customer)).extracting(AuditEntry::action).containsExactly("created", "updated");
		assertThat(last(audit.of("customer", customer)).changes()).containsEntry("country", "DE");
	}

	@Test
	void neverRecordsAnAgentsPassword() {
		TestAgent agent = newAgent("agent");
		String newPassword = "Secret-" + unique() + "-never-logged";
		patch("/api/v1/agents/" + agent.id(), adminToken(), Map.of("password", newPassword, "capacity", 5));
		patch("/api/v1/agents/" + agent.id(), tokenFor(agent.email(), newPassword),
				Map.of("password", newPassword + "-again", "status", "online"));

		List<AuditEntry> entries = audit.of("agent", agent.id());
		assertThat(entries).extracting(AuditEntry::action).containsExactly("created", "updated", "updated");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.changes()).containsEntry("password", "(changed)");
			assertThat(entry.changes().toString()).doesNotContain(agent.password())
				.doesNotContain(newPassword)
				.doesNotContain("argon2");
		});
		assertThat(entries.get(0).changes()).containsEntry("email", agent.email()).containsEntry("role", "agent");
		assertThat(entries.get(1).changes()).containsEntry("capacity", "5").doesNotContainKey("status");
		assertThat(entries.get(2).actor()).as("the agent changed their own password").isEqualTo(agent.email());
		assertThat(entries.get(2).changes()).containsEntry("status", "online");
	}

	@Test
	void entriesRollBackWithTheirChange() {
		String id = openTicket("Rolled back").get("id").asString();
		int before = audit.of("ticket", id).size();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			tickets.update(TicketId.parse(id), TicketChanges.status(TicketStatus.OPEN));
			assertThat(audit.of("ticket", id)).as("written inside the transaction").hasSize(before + 1);
			throw new IllegalStateException("something later in the same transaction fails");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(audit.of("ticket", id)).hasSize(before);
		assertThat(tickets.get(TicketId.parse(id)).status()).isEqualTo(TicketStatus.NEW);
	}

	@Test
	void failedRequestLeavesNoEntry() {
		String id = openTicket("Refused").get("id").asString();
		int before = audit.of("ticket", id).size();
		assertThat(patch("/api/v1/tickets/" + id, adminToken(), Map.of("tags", List.of("x"), "status", "closed")).status())
			.isEqualTo(422);
		assertThat(post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "x", "status", "new")).status())
			.isEqualTo(422);
		assertThat(audit.of("ticket", id)).hasSize(before);

		TestAgent agent = newAgent("agent");
		int agentEntries = audit.of("agent", agent.id()).size();
		assertThat(patch("/api/v1/agents/" + agent.id(), adminToken(), Map.of("capacity", 5, "timeZone", "Nowhere")).status())
			.isEqualTo(422);
		assertThat(audit.of("agent", agent.id())).hasSize(agentEntries);
	}

	private static AuditEntry last(List<AuditEntry> entries) {
		assertThat(entries).isNotEmpty();
		return entries.get(entries.size() - 1);
	}
}
