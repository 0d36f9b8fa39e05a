package dev.meridian.ticket.internal;

import static dev.meridian.ticket.internal.TicketDocument.*;

import java.util.List;
import java.util.Locale;

import dev.meridian.ticket.TicketFilter;
import dev.meridian.ticket.TicketSort;
import dev.meridian.ticket.TicketStatus;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The ticket list's text search on the full-text index: the words match in the text field of every language, each
 * analyzed as that language is (so a German query finds German inflections and a Japanese one Japanese words), a
 * ticket number matches its ticket, and the other filters, the sort and the keyset cursor of
 * {@link TicketQueries} apply in the same index query.
 */
@Component
class TicketTextSearch {

	private final EntityManager entityManager;

	TicketTextSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Ids of the matching tickets in list order: at most {@code limit}, after the cursor's ticket if any. */
	List<Long> ids(TicketFilter filter, TicketSort sort, TicketQueries.@Nullable Keyset after, int limit) {
		return Search.session(entityManager)
			.search(Ticket.class)
			.select(f -> f.field(ID, Long.class))
			.where(f -> matching(f, filter, sort, after))
			.sort(f -> order(f, sort))
			.fetchHits(limit);
	}

	long count(TicketFilter filter) {
		return Search.session(entityManager)
			.search(Ticket.class)
			.where(f -> matching(f, filter, TicketSort.NEWEST, null))
			.fetchTotalHitCount();
	}

	private static PredicateFinalStep matching(SearchPredicateFactory f, TicketFilter filter, TicketSort sort,
			TicketQueries.@Nullable Keyset after) {
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		all.must(text(f, filter.text() == null ? "" : filter.text().strip()));
		if (!filter.statuses().isEmpty()) {
			all.filter(f.terms().field(STATUS).matchingAny(filter.statuses().stream().map(TicketStatus::name).toList()));
		}
		if (filter.brand() != null) {
			all.filter(f.match().field(BRAND).matching(filter.brand().value()));
		}
		if (filter.channel() != null) {
			all.filter(f.match().field(CHANNEL).matching(filter.channel().name()));
		}
		if (filter.unassigned()) {
			all.mustNot(f.exists().field(ASSIGNEE));
		}
		else if (filter.assignee() != null) {
			all.filter(f.match().field(ASSIGNEE).matching(filter.assignee().value()));
		}
		if (filter.team() != null) {
			all.filter(f.match().field(TEAM).matching(filter.team().value()));
		}
		if (filter.language() != null) {
			all.filter(f.match().field(LANGUAGE).matching(filter.language()));
		}
		if (filter.customer() != null) {
			all.filter(f.match().field(CUSTOMER).matching(filter.customer().value()));
		}
		if (filter.tag() != null) {
			all.filter(f.match().field(TAG).matching(filter.tag().toLowerCase(Locale.ROOT)));
		}
		if (after != null) {
			all.filter(after(f, sort, after));
		}
		return all;
	}

	/**
	 * Every word of the query must occur in one language's text of the ticket (its subject and messages); the query
	 * is read as plain words, so characters such as {@code *}, {@code %} or {@code "} are no operators.
	 */
	private static PredicateFinalStep text(SearchPredicateFactory f, String text) {
		var any = f.bool();
		for (String analyzer : SearchAnalyzers.NAMES) {
			any.should(f.match().field(textField(analyzer)).matching(text).minimumShouldMatchPercent(100));
		}
		String digits = text.startsWith("#") ? text.substring(1) : text;
		if (digits.matches("\\d{1,18}")) {
			any.should(f.match().field(NUMBER).matching(Long.parseLong(digits)));
		}
		return any;
	}

	private static SortFinalStep order(SearchSortFactory f, TicketSort sort) {
		return switch (sort) {
			case NEWEST -> f.composite().add(f.field(CREATED).desc()).add(f.field(ID).desc());
			case OLDEST -> f.composite().add(f.field(CREATED).asc()).add(f.field(ID).asc());
			case UPDATED -> f.composite().add(f.field(UPDATED).desc()).add(f.field(ID).desc());
			case PRIORITY -> f.composite().add(f.field(PRIORITY).desc()).add(f.field(ID).desc());
			case DUE -> f.composite().add(f.field(DUE).asc().missing().last()).add(f.field(ID).asc());
		};
	}

	private static PredicateFinalStep after(SearchPredicateFactory f, TicketSort sort, TicketQueries.Keyset after) {
		return switch (sort) {
			case NEWEST -> beyond(f, CREATED, after.key(), after.id(), true);
			case OLDEST -> beyond(f, CREATED, after.key(), after.id(), false);
			case UPDATED -> beyond(f, UPDATED, after.key(), after.id(), true);
			case PRIORITY -> beyond(f, PRIORITY, (int) after.key(), after.id(), true);
			case DUE -> after.key() == TicketQueries.Keyset.NONE
					? f.and(f.not(f.exists().field(DUE)), f.range().field(ID).greaterThan(after.id()))
					: f.or(beyond(f, DUE, after.key(), after.id(), false), f.not(f.exists().field(DUE)));
		};
	}

	private static <T> PredicateFinalStep beyond(SearchPredicateFactory f, String field, T value, long id,
			boolean descending) {
		PredicateFinalStep sameKeyBeyondId = f.and(f.match().field(field).matching(value),
				descending ? f.range().field(ID).lessThan(id) : f.range().field(ID).greaterThan(id));
		return f.or(descending ? f.range().field(field).lessThan(value) : f.range().field(field).greaterThan(value),
				sameKeyBeyondId);
	}
}
