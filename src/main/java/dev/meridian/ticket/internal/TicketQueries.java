package dev.meridian.ticket.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.meridian.shared.Cursor;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketFilter;
import dev.meridian.ticket.TicketSort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.*;
import org.springframework.stereotype.Component;

/**
 * Lists tickets by filter with keyset pagination: the cursor holds the sort value and id of the last ticket
 * shown, so any page costs the same as the first (no OFFSET).
 */
@Component
public class TicketQueries {

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

	private final EntityManager entityManager;

	private final TicketTextSearch textSearch;

	private final TicketIndex index;

	TicketQueries(EntityManager entityManager, TicketTextSearch textSearch, TicketIndex index) {
		this.entityManager = entityManager;
		this.textSearch = textSearch;
		this.index = index;
	}

	/**
	 * The position after the last ticket of a page: its sort key (microseconds since the epoch, or the priority's
	 * rank; {@link #NONE} for a ticket without a due time) and its id.
	 */
	record Keyset(long key, long id) {

		static final long NONE = Long.MAX_VALUE;
	}

	/**
	 * A text search runs on the full-text index once it holds every ticket; while it is being built after an upgrade
	 * or a bulk load, the same search runs in SQL ({@code LIKE}), slower and without per-language word forms.
	 */
	public Slice<Ticket> list(TicketFilter filter, TicketSort sort, PageRequest page) {
		if (searchesText(filter) && index.ready()) {
			Keyset after = page.cursor() == null ? null : keyset(sort, Cursor.decode(page.cursor()));
			List<Long> ids = textSearch.ids(filter, sort, after, page.limit() + 1);
			return slice(load(ids), sort, page);
		}
		return slice(sqlList(filter, sort, page), sort, page);
	}

	private List<Ticket> sqlList(TicketFilter filter, TicketSort sort, PageRequest page) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Ticket> query = cb.createQuery(Ticket.class);
		Root<Ticket> ticket = query.from(Ticket.class);
		List<Predicate> where = predicates(cb, query, ticket, filter);
		if (page.cursor() != null) {
			where.add(after(cb, ticket, sort, Cursor.decode(page.cursor())));
		}
		query.where(where.toArray(Predicate[]::new)).orderBy(order(cb, ticket, sort));
		return entityManager.createQuery(query).setMaxResults(page.limit() + 1).getResultList();
	}

	private static Slice<Ticket> slice(List<Ticket> rows, TicketSort sort, PageRequest page) {
		if (rows.size() <= page.limit()) {
			return new Slice<>(rows, null);
		}
		List<Ticket> items = rows.subList(0, page.limit());
		return new Slice<>(items, cursorOf(items.get(items.size() - 1), sort).encode());
	}

	public long count(TicketFilter filter) {
		if (searchesText(filter) && index.ready()) {
			return textSearch.count(filter);
		}
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Ticket> ticket = query.from(Ticket.class);
		query.select(cb.count(ticket)).where(predicates(cb, query, ticket, filter).toArray(Predicate[]::new));
		return entityManager.createQuery(query).getSingleResult();
	}

	private static boolean searchesText(TicketFilter filter) {
		return filter.text() != null && !filter.text().isBlank();
	}

	/** The tickets of {@code ids}, in that order; one the index still lists but the database no longer has is left out. */
	private List<Ticket> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Ticket> byId = new HashMap<>();
		for (Ticket ticket : entityManager.createQuery("select t from Ticket t where t.id in :ids", Ticket.class)
			.setParameter("ids", ids)
			.getResultList()) {
			byId.put(ticket.id(), ticket);
		}
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	private static Keyset keyset(TicketSort sort, Cursor cursor) {
		long id = cursor.longAt(1);
		return switch (sort) {
			case NEWEST, OLDEST, UPDATED -> new Keyset(TicketDocument.micros(instant(cursor)), id);
			case PRIORITY -> new Keyset(priority(cursor).ordinal(), id);
			case DUE -> cursor.values().isEmpty() || cursor.values().get(0).isEmpty() ? new Keyset(Keyset.NONE, id)
					: new Keyset(TicketDocument.micros(instant(cursor)), id);
		};
	}

	private static List<Predicate> predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Ticket> ticket,
			TicketFilter filter) {
		List<Predicate> where = new ArrayList<>();
		if (!filter.statuses().isEmpty()) {
			where.add(ticket.get("status").in(filter.statuses()));
		}
		if (filter.brand() != null) {
			where.add(cb.equal(ticket.get("brandId"), filter.brand().value()));
		}
		if (filter.channel() != null) {
			where.add(cb.equal(ticket.get("channel"), filter.channel()));
		}
		if (filter.unassigned()) {
			where.add(cb.isNull(ticket.get("assigneeId")));
		}
		else if (filter.assignee() != null) {
			where.add(cb.equal(ticket.get("assigneeId"), filter.assignee().value()));
		}
		if (filter.team() != null) {
			where.add(cb.equal(ticket.get("teamId"), filter.team().value()));
		}
		if (filter.language() != null) {
			where.add(cb.equal(ticket.get("language"), filter.language()));
		}
		if (filter.customer() != null) {
			where.add(cb.equal(ticket.get("customerId"), filter.customer().value()));
		}
		if (filter.tag() != null) {
			where.add(cb.isMember(filter.tag().toLowerCase(Locale.ROOT), ticket.<java.util.Collection<String>>get("tags")));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.add(text(cb, query, ticket, filter.text().strip()));
		}
		return where;
	}

	private static Predicate text(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Ticket> ticket, String text) {
		String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Subquery<Long> inMessages = query.subquery(Long.class);
		Root<Message> message = inMessages.from(Message.class);
		inMessages.select(message.get("ticketId"))
			.where(cb.equal(message.get("ticketId"), ticket.get("id")),
					cb.like(cb.lower(message.get("bodyText")), like, '\\'));
		List<Predicate> any = new ArrayList<>();
		any.add(cb.like(cb.lower(ticket.get("subject")), like, '\\'));
		any.add(cb.exists(inMessages));
		String digits = text.startsWith("#") ? text.substring(1) : text;
		if (digits.matches("\\d{1,18}")) {
			any.add(cb.equal(ticket.get("number"), Long.parseLong(digits)));
		}
		return cb.or(any.toArray(Predicate[]::new));
	}

	private static List<Order> order(CriteriaBuilder cb, Root<Ticket> ticket, TicketSort sort) {
		return switch (sort) {
			case NEWEST -> List.of(cb.desc(ticket.get("createdAt")), cb.desc(ticket.get("id")));
			case OLDEST -> List.of(cb.asc(ticket.get("createdAt")), cb.asc(ticket.get("id")));
			case UPDATED -> List.of(cb.desc(ticket.get("updatedAt")), cb.desc(ticket.get("id")));
			case PRIORITY -> List.of(cb.desc(ticket.get("priority")), cb.desc(ticket.get("id")));
			case DUE -> List.of(cb.asc(ticket.get("nextDueAt"), Nulls.LAST), cb.asc(ticket.get("id")));
		};
	}

	private static Predicate after(CriteriaBuilder cb, Root<Ticket> ticket, TicketSort sort, Cursor cursor) {
		long id = cursor.longAt(1);
		return switch (sort) {
			case NEWEST -> beyond(cb, ticket.get("createdAt"), instant(cursor), ticket.get("id"), id, true);
			case OLDEST -> beyond(cb, ticket.get("createdAt"), instant(cursor), ticket.get("id"), id, false);
			case UPDATED -> beyond(cb, ticket.get("updatedAt"), instant(cursor), ticket.get("id"), id, true);
			case PRIORITY -> beyond(cb, ticket.get("priority"), priority(cursor), ticket.get("id"), id, true);
			case DUE -> afterDue(cb, ticket, cursor, id);
		};
	}

	/** Ascending by due time with the tickets that have none at the end; the cursor's empty key stands for none. */
	private static Predicate afterDue(CriteriaBuilder cb, Root<Ticket> ticket, Cursor cursor, long id) {
		Path<Instant> due = ticket.get("nextDueAt");
		if (cursor.values().isEmpty() || cursor.values().get(0).isEmpty()) {
			return cb.and(cb.isNull(due), cb.greaterThan(ticket.get("id"), id));
		}
		return cb.or(beyond(cb, due, instant(cursor), ticket.get("id"), id, false), cb.isNull(due));
	}

	private static Priority priority(Cursor cursor) {
		long rank = cursor.longAt(0);
		if (rank < 0 || rank >= Priority.values().length) {
			throw invalidCursor();
		}
		return new PriorityConverter().convertToEntityAttribute((short) rank);
	}

	private static DomainException invalidCursor() {
		return DomainException.malformed("page.invalid_cursor", "cursor is not a value this server issued");
	}

	private static <T extends Comparable<? super T>> Predicate beyond(CriteriaBuilder cb, Path<T> key, T value,
			Path<Long> idPath, long id, boolean descending) {
		return descending
				? cb.or(cb.lessThan(key, value), cb.and(cb.equal(key, value), cb.lessThan(idPath, id)))
				: cb.or(cb.greaterThan(key, value), cb.and(cb.equal(key, value), cb.greaterThan(idPath, id)));
	}

	private static Instant instant(Cursor cursor) {
		long micros = cursor.longAt(0);
		Instant instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
				Math.floorMod(micros, 1_000_000L) * 1000L);
		// Both databases store years 1 to 9999 at least; anything beyond was not issued here and would fail in SQL.
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			throw invalidCursor();
		}
		return instant;
	}

	private static Cursor cursorOf(Ticket ticket, TicketSort sort) {
		var view = ticket.view();
		String key = switch (sort) {
			case NEWEST, OLDEST -> Long.toString(TicketDocument.micros(view.createdAt()));
			case UPDATED -> Long.toString(TicketDocument.micros(view.updatedAt()));
			case PRIORITY -> Integer.toString(view.priority().ordinal());
			case DUE -> view.nextDueAt() == null ? "" : Long.toString(TicketDocument.micros(view.nextDueAt()));
		};
		return new Cursor(List.of(key, Long.toString(ticket.id())));
	}

}
