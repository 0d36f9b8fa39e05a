package dev.meridian.ticket.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.shared.LanguageTag;
import dev.meridian.ticket.TicketView;
import org.hibernate.query.QueryFlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * The search document of a ticket: every field the ticket list filters and sorts on, so that a text search with
 * filters, sort and cursor is one index query, and the words of the subject and of every message (inbound, outbound
 * and internal notes, as the list searched before) in the text field of their language. Internal notes are kept
 * because only agents search, and notes are where agents write what they will look for later.
 * <p>
 * Messages are not a mapped collection of the ticket, so the bridge reads them with a query; their changes reach
 * the ticket's document through {@link Message}'s read-only link to its ticket.
 */
public class TicketDocument implements TypeBinder {

	static final String ID = "id";
	static final String NUMBER = "number";
	static final String STATUS = "status";
	static final String BRAND = "brand";
	static final String CHANNEL = "channel";
	static final String CUSTOMER = "customer";
	static final String ASSIGNEE = "assignee";
	static final String TEAM = "team";
	static final String LANGUAGE = "language";
	static final String TAG = "tag";
	static final String PRIORITY = "priority";
	/** Times as microseconds since the epoch: the precision of the database and of the list's cursors. */
	static final String CREATED = "created";
	static final String UPDATED = "updated";
	static final String DUE = "due";

	/** The text field that holds words analyzed the way {@code analyzer} does. */
	static String textField(String analyzer) {
		return "text_" + analyzer;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("number").use("subject").use("status").use("priority").use("brandId").use("channel")
			.use("customerId").use("assigneeId").use("teamId").use("language").use("tags").use("createdAt")
			.use("updatedAt").use("nextDueAt");
		context.dependencies().fromOtherEntity(Message.class, "ticket").use("bodyText").use("language")
			.use("ticketId");
		IndexSchemaElement schema = context.indexSchemaElement();
		Map<String, IndexFieldReference<String>> texts = new LinkedHashMap<>();
		for (String analyzer : SearchAnalyzers.NAMES) {
			texts.put(analyzer, schema.field(textField(analyzer), f -> f.asString().analyzer(analyzer))
				.multiValued().toReference());
		}
		context.bridge(Ticket.class, new Bridge(
				schema.field(ID, f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES)).toReference(),
				schema.field(NUMBER, f -> f.asLong()).toReference(),
				schema.field(STATUS, f -> f.asString()).toReference(),
				schema.field(BRAND, f -> f.asLong()).toReference(),
				schema.field(CHANNEL, f -> f.asString()).toReference(),
				schema.field(CUSTOMER, f -> f.asLong()).toReference(),
				schema.field(ASSIGNEE, f -> f.asLong()).toReference(),
				schema.field(TEAM, f -> f.asLong()).toReference(),
				schema.field(LANGUAGE, f -> f.asString()).toReference(),
				schema.field(TAG, f -> f.asString()).multiValued().toReference(),
				schema.field(PRIORITY, f -> f.asInteger().sortable(Sortable.YES)).toReference(),
				schema.field(CREATED, f -> f.asLong().sortable(Sortable.YES)).toReference(),
				schema.field(UPDATED, f -> f.asLong().sortable(Sortable.YES)).toReference(),
				schema.field(DUE, f -> f.asLong().sortable(Sortable.YES)).toReference(), texts));
	}

	static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000L);
	}

	private record Bridge(IndexFieldReference<Long> id, IndexFieldReference<Long> number,
			IndexFieldReference<String> status, IndexFieldReference<Long> brand, IndexFieldReference<String> channel,
			IndexFieldReference<Long> customer, IndexFieldReference<Long> assignee, IndexFieldReference<Long> team,
			IndexFieldReference<String> language, IndexFieldReference<String> tag,
			IndexFieldReference<Integer> priority, IndexFieldReference<Long> created,
			IndexFieldReference<Long> updated, IndexFieldReference<Long> due,
			Map<String, IndexFieldReference<String>> texts) implements TypeBridge<Ticket> {

		@Override
		public void write(DocumentElement target, Ticket ticket, TypeBridgeWriteContext context) {
			TicketView view = ticket.view();
			target.addValue(id, view.id().value());
			target.addValue(number, view.number());
			target.addValue(status, view.status().name());
			target.addValue(brand, view.brand().value());
			target.addValue(channel, view.channel().name());
			target.addValue(customer, view.customer().value());
			addIfPresent(target, assignee, view.assignee() == null ? null : view.assignee().value());
			addIfPresent(target, team, view.team() == null ? null : view.team().value());
			addIfPresent(target, language, view.language());
			view.tags().forEach(t -> target.addValue(tag, t));
			target.addValue(priority, view.priority().ordinal());
			target.addValue(created, micros(view.createdAt()));
			target.addValue(updated, micros(view.updatedAt()));
			addIfPresent(target, due, view.nextDueAt() == null ? null : micros(view.nextDueAt()));
			target.addValue(texts.get(SearchAnalyzers.FALLBACK), view.subject());
			String ticketAnalyzer = SearchAnalyzers.of(view.language());
			if (!ticketAnalyzer.equals(SearchAnalyzers.FALLBACK)) {
				target.addValue(texts.get(ticketAnalyzer), view.subject());
			}
			List<Object[]> messages = context.extension(HibernateOrmExtension.get())
				.session()
				.createSelectionQuery("select m.language, m.bodyText from Message m where m.ticketId = :ticket",
						Object[].class)
				.setParameter("ticket", view.id().value())
				// Documents are built while the session flushes; the rows are written by then.
				.setQueryFlushMode(QueryFlushMode.NO_FLUSH)
				.getResultList();
			for (Object[] message : messages) {
				String body = (String) message[1];
				String messageLanguage = (String) message[0];
				if (body != null && !body.isBlank()) {
					// Replies carry no detected language; they are written to the customer, in the ticket's.
					target.addValue(texts.get(LanguageTag.known(messageLanguage) ? SearchAnalyzers.of(messageLanguage)
							: ticketAnalyzer), body);
				}
			}
		}

		private static <T> void addIfPresent(DocumentElement target, IndexFieldReference<T> field, @Nullable T value) {
			if (value != null) {
				target.addValue(field, value);
			}
		}
	}
}
