package dev.meridian.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.automation.TriggerAction;
import dev.meridian.automation.TriggerCondition;
import dev.meridian.automation.TriggerEvent;
import dev.meridian.customer.CustomerId;
import dev.meridian.customer.CustomerView;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.*;
import org.junit.jupiter.api.Test;

class TriggerConditionsTests {

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void choiceTextListAndLanguageConditionsHoldOnTheFacts() {
		TriggerFacts facts = facts(TicketStatus.PENDING, List.of("vip", "order:303-1"), "de-AT", NOW.minus(Duration.ofHours(80)));

		assertThat(holds("ticket.status", "is", "pending", facts)).isTrue();
		assertThat(holds("ticket.status", "is_not", "pending", facts)).isFalse();
		assertThat(holds("ticket.tags", "contains", "VIP", facts)).isTrue();
		assertThat(holds("ticket.tags", "contains", "vi", facts)).as("a tag matches whole, not a part").isFalse();
		assertThat(holds("ticket.tags", "not_contains", "refund", facts)).isTrue();
		assertThat(holds("customer.language", "is", "de", facts)).as("de covers de-AT").isTrue();
		assertThat(holds("customer.language", "is", "d", facts)).isFalse();
		assertThat(holds("ticket.subject", "contains", "ORDER", facts)).isTrue();
		assertThat(holds("message.body", "contains", "refund", facts)).as("no message, nothing contained").isFalse();
		assertThat(holds("ticket.assignee", "is", "none", facts)).isTrue();
	}

	@Test
	void hoursConditionsCompareTheTimeSinceAsANumber() {
		TriggerFacts facts = facts(TicketStatus.PENDING, List.of(), "en", NOW.minus(Duration.ofHours(72).plusMinutes(1)));

		assertThat(holds("ticket.hours_since_updated", "greater_than", "72", facts)).isTrue();
		assertThat(holds("ticket.hours_since_updated", "less_than", "72", facts)).isFalse();
		assertThat(holds("ticket.hours_since_solved", "greater_than", "0", facts)).as("not solved: no time since").isFalse();
	}

	@Test
	void allNeedsEveryConditionAnyNeedsOne() {
		TriggerFacts facts = facts(TicketStatus.OPEN, List.of("vip"), "en", NOW);
		List<TriggerCondition> conditions = List.of(new TriggerCondition("ticket.tags", "contains", "vip"),
				new TriggerCondition("ticket.priority", "is", "urgent"));

		assertThat(TriggerEngine.matches(rule(true, conditions), facts)).isFalse();
		assertThat(TriggerEngine.matches(rule(false, conditions), facts)).isTrue();
		assertThat(TriggerEngine.matches(rule(true, List.of()), facts)).as("no conditions: every ticket").isTrue();
	}

	@Test
	void refusesUnknownFieldsOperatorsThatDoNotApplyAndBadValues() {
		assertThatThrownBy(() -> ConditionField.check(new TriggerCondition("ticket.colour", "is", "red")))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("automation.unknown_condition_field"));
		assertThatThrownBy(() -> ConditionField.check(new TriggerCondition("ticket.tags", "greater_than", "3")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("automation.invalid_operator"));
		assertThatThrownBy(() -> ConditionField.check(new TriggerCondition("ticket.hours_since_updated", "greater_than", "soon")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("automation.invalid_hours"));
		assertThatThrownBy(() -> ConditionField.check(new TriggerCondition("ticket.status", "is", "sleeping")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ticket.invalid_status"));
		assertThat(ConditionField.check(new TriggerCondition(" ticket.status ", "IS", " Pending ")))
			.isEqualTo(new TriggerCondition("ticket.status", "is", "pending"));
	}

	@Test
	void fieldActionsBecomeOneChangeAndNothingWhenTheyChangeNothing() {
		TicketView ticket = ticket(TicketStatus.OPEN, List.of("a"), NOW);

		TicketChanges changes = TriggerEngine.changes(List.of(new TriggerAction.SetPriority(Priority.HIGH),
				new TriggerAction.AddTags(List.of("b")), new TriggerAction.RemoveTags(List.of("a"))), ticket);

		assertThat(changes).isNotNull();
		assertThat(changes.priority()).isEqualTo(Priority.HIGH);
		assertThat(changes.tags()).containsExactly("b");
		assertThat(TriggerEngine.changes(List.of(new TriggerAction.SetStatus(TicketStatus.OPEN),
				new TriggerAction.AddTags(List.of("a")), new TriggerAction.Assign("")), ticket)).isNull();
	}

	private static boolean holds(String field, String operator, String value, TriggerFacts facts) {
		return ConditionField.holds(ConditionField.check(new TriggerCondition(field, operator, value)), facts);
	}

	private static TriggerRule rule(boolean all, List<TriggerCondition> conditions) {
		TriggerRule rule = new TriggerRule(0, NOW);
		rule.revise("test", true, false, Set.of(TriggerEvent.TICKET_UPDATED), all, conditions,
				List.of(new TriggerAction.AddTags(List.of("x"))), NOW);
		return rule;
	}

	private static TriggerFacts facts(TicketStatus status, List<String> tags, String language, Instant updatedAt) {
		CustomerView customer = new CustomerView(new CustomerId(1), "Jonas Weber", "jonas@example.com", language, null,
				"AT", List.of(), NOW, NOW);
		return new TriggerFacts(TriggerEvent.TICKET_UPDATED, ticket(status, tags, updatedAt), customer, null, Set.of(),
				null, NOW);
	}

	private static TicketView ticket(TicketStatus status, List<String> tags, Instant updatedAt) {
		return new TicketView(new TicketId(7), 1007, "Where is my order?", status, Priority.NORMAL, new BrandId(1),
				Channel.EMAIL, new CustomerId(1), (AgentId) null, null, tags, "de", false, null, null, null,
				NOW.minus(Duration.ofDays(5)), updatedAt, null, null, null, null);
	}
}
