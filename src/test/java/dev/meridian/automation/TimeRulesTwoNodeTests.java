package dev.meridian.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.meridian.ApiTestSupport;
import dev.meridian.automation.internal.TriggerEngine;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.Customers;
import dev.meridian.identity.BrandId;
import dev.meridian.ticket.*;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6, point 7 on PostgreSQL: two scheduler nodes on one database (two db-scheduler instances besides the
 * application's own), plus two passes started by hand at the same moment, all check the same due time trigger, and
 * every due action runs exactly once. H2 has no real row locking across connections for this, so the test is
 * skipped there.
 */
class TimeRulesTwoNodeTests extends ApiTestSupport {

	private static final int TICKETS = 20;

	@Autowired
	DataSource dataSource;

	@Autowired
	TriggerEngine engine;

	@Autowired
	Tickets tickets;

	@Autowired
	Customers customers;

	@Test
	void eachDueActionRunsOnceAcrossTwoNodes() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			Assumptions.assumeTrue(connection.getMetaData().getURL().startsWith("jdbc:postgresql"),
					"the two-node property needs PostgreSQL");
		}
		String run = unique();
		String tag = "two-node-" + run;
		var created = post("/api/v1/triggers", adminToken(), Map.of("name", "Remind " + run, "activator", "time",
				"conditions", List.of(Map.of("field", "ticket.status", "operator", "is", "value", "pending"),
						Map.of("field", "ticket.hours_since_updated", "operator", "greater_than", "value", "72"),
						Map.of("field", "ticket.tags", "operator", "contains", "value", tag)),
				"actions", List.of(Map.of("type", "reply", "variants", Map.of("en", "Still there, {{customer.first_name}}?")))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		List<TicketView> due = new ArrayList<>();
		Instant longAgo = Instant.now().minus(Duration.ofHours(80));
		for (int i = 0; i < TICKETS; i++) {
			var customer = customers.create(new CustomerDraft("Waiting " + i, uniqueEmail("waiting"), "en", null, null, null));
			TicketView ticket = tickets.open(new OpenTicket("Waiting " + i, BrandId.parse(brand()), Channel.EMAIL,
					customer.id(), MessageBody.text("Any news?"), null, List.of(tag), null));
			tickets.update(ticket.id(), TicketChanges.status(TicketStatus.PENDING), longAgo);
			due.add(ticket);
		}

		Scheduler first = node("node-1-" + run);
		Scheduler second = node("node-2-" + run);
		try {
			first.start();
			second.start();
			CompletableFuture<Integer> a = CompletableFuture.supplyAsync(engine::runTimeRules);
			CompletableFuture<Integer> b = CompletableFuture.supplyAsync(engine::runTimeRules);
			a.get();
			b.get();
			await().atMost(Duration.ofSeconds(60)).until(() -> due.stream().allMatch(t -> reminders(t) >= 1));
			Thread.sleep(3000);
		}
		finally {
			first.stop();
			second.stop();
			try (Connection connection = dataSource.getConnection();
					var delete = connection.prepareStatement("delete from scheduled_tasks where task_name = ?")) {
				delete.setString(1, "automation-time-rules-two-node");
				delete.executeUpdate();
			}
		}

		assertThat(due).allSatisfy(t -> assertThat(reminders(t)).as("reminders on #%s", t.number()).isEqualTo(1));
	}

	private Scheduler node(String name) {
		RecurringTask<Void> pass = Tasks.recurring("automation-time-rules-two-node", FixedDelay.ofMillis(300))
			.execute((instance, context) -> engine.runTimeRules());
		return Scheduler.create(dataSource)
			.startTasks(pass)
			.schedulerName(new SchedulerName.Fixed(name))
			.threads(2)
			.pollingInterval(Duration.ofMillis(200))
			.build();
	}

	private long reminders(TicketView ticket) {
		return tickets.conversation(ticket.id()).stream().filter(m -> m.authorType() == AuthorType.SYSTEM).count();
	}
}
