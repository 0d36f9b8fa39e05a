package dev.meridian.channel.email.internal;

import java.util.Collection;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The addresses that have written or been written to on a ticket: who may join it by the subject token. */
@Component
public class Participants {

	private final JdbcClient jdbc;

	Participants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(long ticketId, Collection<String> addresses) {
		for (String address : addresses) {
			String normalized = address.strip().toLowerCase(Locale.ROOT);
			if (normalized.isEmpty() || normalized.length() > 320) {
				continue;
			}
			// ON CONFLICT without a target: the one form both PostgreSQL and H2 accept
			jdbc.sql("insert into email_participant (ticket_id, address) values (?, ?) on conflict do nothing")
				.params(ticketId, normalized)
				.update();
		}
	}

	public boolean contains(long ticketId, String address) {
		return jdbc.sql("select count(*) from email_participant where ticket_id = ? and address = ?")
			.params(ticketId, address.toLowerCase(Locale.ROOT))
			.query(Long.class)
			.single() > 0;
	}
}
