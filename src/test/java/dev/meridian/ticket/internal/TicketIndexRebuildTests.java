package dev.meridian.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.ApiTestSupport;
import dev.meridian.ticket.SearchIndexStatus.State;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class TicketIndexRebuildTests extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketIndex index;

	@Test
	void buildsTheIndexInTheBackgroundForRowsInsertedWithPlainSql() {
		awaitSearchIndex();
		String word = "quince" + unique();
		JsonNode customer = openTicket("Carrier " + unique()).get("customer");
		Timestamp now = Timestamp.from(Instant.now());
		long number = jdbc.queryForObject("select max(number) + 1000 from ticket", Long.class);
		jdbc.update("insert into ticket (number, subject, status, priority, brand_id, channel, customer_id, language, "
				+ "created_at, updated_at) values (?, ?, 'NEW', 1, ?, 'EMAIL', ?, 'de', ?, ?)", number,
				"Lieferungen " + word, Long.parseLong(brand()), Long.parseLong(customer.get("id").asString()), now, now);
		long ticket = jdbc.queryForObject("select id from ticket where number = ?", Long.class, number);
		jdbc.update("insert into message (ticket_id, kind, author_type, author_name, body_text, language, created_at) "
				+ "values (?, 'INBOUND', 'CUSTOMER', 'Kunde', ?, 'de', ?)", ticket, "Meine Pakete sind beschädigt.", now);

		// Start-up compares the index with the database; the application is up already, the build runs behind it.
		index.checkAfterStartUp();

		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> index.status().state() == State.READY);
		assertThat(index.status().indexed()).isEqualTo(index.status().total());
		assertThat(index.status().startedAt()).isNotNull();
		assertThat(index.status().finishedAt()).isAfterOrEqualTo(index.status().startedAt());
		assertThat(ids("text=" + word)).containsExactly(Long.toString(ticket));
		assertThat(ids("text=Paket%20Lieferung&language=de")).contains(Long.toString(ticket));
	}

	private List<String> ids(String query) {
		Response page = get("/api/v1/tickets?" + query, adminToken());
		assertThat(page.status()).as(page.text()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}
}
