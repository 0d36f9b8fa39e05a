package dev.meridian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * What the database alone does for the same work, with plain JDBC and no framework: the rows one inbound message
 * adds (customer looked up or created, ticket, message), the inbox list query, the ticket and its conversation,
 * and the text search as SQL {@code LIKE}. The load driver runs each beside Meridian's figure.
 *
 * <p>
 * Rows it inserts are remembered and removed by {@link #removeInserted()}, so the data set stays as generated.
 */
final class JdbcBaseline {

	/** A page of the list: the ids shown and the keyset of the last row, or null after the last page. */
	record Page(List<Long> ids, @Nullable Keyset next) {
	}

	record Keyset(OffsetDateTime createdAt, long id) {
	}

	private static final String LIST = "select t.id, t.number, t.subject, t.status, t.priority, t.brand_id, t.channel, "
			+ "t.customer_id, t.assignee_id, t.team_id, t.language, t.created_at, t.updated_at, t.next_due_at from ticket t "
			+ "where t.status in ('NEW', 'OPEN') and t.assignee_id = ?";

	private static final String ORDER = " order by t.created_at desc, t.id desc limit ?";

	private final DataSource dataSource;

	private final String nextNumber;

	private final ConcurrentLinkedQueue<Long> tickets = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Long> messages = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Long> customers = new ConcurrentLinkedQueue<>();

	JdbcBaseline(DataSource dataSource) throws SQLException {
		this.dataSource = dataSource;
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
			this.nextNumber = postgres ? "select nextval('ticket_number_seq')" : "select next value for ticket_number_seq";
		}
	}

	/** A customer's first message: the customer by email (created when new), a ticket and its first message. */
	long open(long brand, String channel, String email, String name, String language, String subject, String body)
			throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Instant now = Instant.now();
			Long customer = null;
			try (PreparedStatement find = connection.prepareStatement(
					"select customer_id from customer_identity where kind = 'EMAIL' and identity_value = ?")) {
				find.setString(1, email);
				try (ResultSet row = find.executeQuery()) {
					if (row.next()) {
						customer = row.getLong(1);
					}
				}
			}
			if (customer == null) {
				customer = insert(connection, "insert into customer (name, email, language, created_at, updated_at) "
						+ "values (?, ?, ?, ?, ?)", name, email, language, utc(now), utc(now));
				customers.add(customer);
				insert(connection, "insert into customer_identity (customer_id, kind, identity_value) values (?, 'EMAIL', ?)",
						customer, email);
			}
			long number;
			try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(nextNumber)) {
				row.next();
				number = row.getLong(1);
			}
			long ticket = insert(connection, "insert into ticket (number, subject, status, priority, brand_id, channel, "
					+ "customer_id, language, created_at, updated_at) values (?, ?, 'NEW', 1, ?, ?, ?, ?, ?, ?)", number,
					subject, brand, channel, customer, language, utc(now), utc(now));
			tickets.add(ticket);
			messages.add(insertMessage(connection, ticket, "INBOUND", "CUSTOMER", null, name, body, language, now));
			connection.commit();
			return ticket;
		}
	}

	/** Another message on a ticket (a customer's reply or an agent's answer), which also touches the ticket. */
	void append(long ticket, String kind, @Nullable Long agent, String author, String body) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Instant now = Instant.now();
			messages.add(insertMessage(connection, ticket, kind, agent == null ? "CUSTOMER" : "AGENT", agent, author, body,
					null, now));
			try (PreparedStatement touch = connection.prepareStatement(
					"update ticket set updated_at = ?, version = version + 1 where id = ?")) {
				touch.setObject(1, utc(now));
				touch.setLong(2, ticket);
				touch.executeUpdate();
			}
			connection.commit();
		}
	}

	/** The same keyset query as the inbox: new and open tickets of one agent, newest first. */
	Page inbox(long agent, @Nullable Keyset after, int limit) throws SQLException {
		String sql = LIST + (after == null ? "" : " and (t.created_at < ? or (t.created_at = ? and t.id < ?))") + ORDER;
		try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
			int i = 1;
			query.setLong(i++, agent);
			if (after != null) {
				query.setObject(i++, after.createdAt());
				query.setObject(i++, after.createdAt());
				query.setLong(i++, after.id());
			}
			query.setInt(i, limit + 1);
			List<Long> ids = new ArrayList<>();
			OffsetDateTime lastCreated = null;
			boolean more = false;
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					if (ids.size() == limit) {
						more = true;
						break;
					}
					ids.add(rows.getLong("id"));
					lastCreated = rows.getObject("created_at", OffsetDateTime.class);
				}
			}
			return new Page(ids, more ? new Keyset(lastCreated, ids.get(ids.size() - 1)) : null);
		}
	}

	/** A ticket and its conversation, as the ticket page shows them. */
	int ticketPage(long ticket) throws SQLException {
		int rows = 0;
		try (Connection connection = dataSource.getConnection();
				PreparedStatement head = connection.prepareStatement("select * from ticket where id = ?");
				PreparedStatement conversation = connection.prepareStatement(
						"select * from message where ticket_id = ? order by created_at, id")) {
			head.setLong(1, ticket);
			try (ResultSet row = head.executeQuery()) {
				rows += row.next() ? 1 : 0;
			}
			conversation.setLong(1, ticket);
			try (ResultSet row = conversation.executeQuery()) {
				while (row.next()) {
					rows++;
				}
			}
		}
		return rows;
	}

	/** Today's text search as SQL: the words in the subject or in any message, newest first. */
	int search(String text, int limit) throws SQLException {
		String like = "%" + text.toLowerCase(Locale.ROOT) + "%";
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement("select t.id from ticket t where lower(t.subject) "
						+ "like ? or exists (select 1 from message m where m.ticket_id = t.id and lower(m.body_text) like ?) "
						+ "order by t.created_at desc, t.id desc limit ?")) {
			query.setString(1, like);
			query.setString(2, like);
			query.setInt(3, limit);
			int found = 0;
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					found++;
				}
			}
			return found;
		}
	}

	/** Deletes every row this baseline inserted. */
	void removeInserted() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			deleteAll(connection, "delete from message where id = ?", messages);
			deleteAll(connection, "delete from message where ticket_id = ?", tickets);
			deleteAll(connection, "delete from ticket where id = ?", tickets);
			deleteAll(connection, "delete from customer_identity where customer_id = ?", customers);
			deleteAll(connection, "delete from customer where id = ?", customers);
			connection.commit();
		}
		messages.clear();
		tickets.clear();
		customers.clear();
	}

	private static void deleteAll(Connection connection, String sql, Iterable<Long> ids) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement(sql)) {
			for (long id : ids) {
				delete.setLong(1, id);
				delete.addBatch();
			}
			delete.executeBatch();
		}
	}

	private static long insertMessage(Connection connection, long ticket, String kind, String authorType,
			@Nullable Long agent, String author, String body, @Nullable String language, Instant now) throws SQLException {
		return insert(connection, "insert into message (ticket_id, kind, author_type, author_id, author_name, body_text, "
				+ "language, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", ticket, kind, authorType, agent, author, body,
				language, utc(now));
	}

	private static long insert(Connection connection, String sql, @Nullable Object... values) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(sql, new String[] { "id" })) {
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 1, values[i]);
			}
			insert.executeUpdate();
			try (ResultSet key = insert.getGeneratedKeys()) {
				key.next();
				return key.getLong(1);
			}
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
