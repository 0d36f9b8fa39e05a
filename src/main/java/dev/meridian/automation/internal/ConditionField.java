package dev.meridian.automation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.automation.TriggerCondition;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;

/**
 * The fields a trigger condition may test, each with the operators that make sense for it: a choice (status) is
 * or is not a value, text contains words, a list (tags) contains a value, hours compare as numbers. Values are
 * compared without regard to case; a language matches its regional variants ({@code de} matches {@code de-AT}).
 */
public enum ConditionField {

	TICKET_STATUS("ticket.status", Kind.CHOICE, f -> f.ticket().status().key()),
	TICKET_PRIORITY("ticket.priority", Kind.CHOICE, f -> f.ticket().priority().key()),
	TICKET_CHANNEL("ticket.channel", Kind.CHOICE, f -> f.ticket().channel().key()),
	TICKET_BRAND("ticket.brand", Kind.CHOICE, f -> f.ticket().brand().toString()),
	TICKET_TEAM("ticket.team", Kind.CHOICE, f -> f.ticket().team() == null ? "none" : f.ticket().team().toString()),
	TICKET_ASSIGNEE("ticket.assignee", Kind.CHOICE,
			f -> f.ticket().assignee() == null ? "none" : f.ticket().assignee().toString()),
	TICKET_LANGUAGE("ticket.language", Kind.LANGUAGE, f -> f.ticket().language()),
	TICKET_SUBJECT("ticket.subject", Kind.TEXT, f -> f.ticket().subject()),
	TICKET_TAGS("ticket.tags", Kind.LIST, f -> String.join(",", f.ticket().tags())),
	TICKET_CHANGED("ticket.changed", Kind.LIST, f -> String.join(",", f.changedFields())),
	TICKET_HOURS_SINCE_CREATED("ticket.hours_since_created", Kind.HOURS, f -> hours(f.ticket().createdAt(), f.now())),
	TICKET_HOURS_SINCE_UPDATED("ticket.hours_since_updated", Kind.HOURS, f -> hours(f.ticket().updatedAt(), f.now())),
	TICKET_HOURS_SINCE_SOLVED("ticket.hours_since_solved", Kind.HOURS, f -> hours(f.ticket().solvedAt(), f.now())),
	CUSTOMER_LANGUAGE("customer.language", Kind.LANGUAGE, f -> f.customer().language()),
	CUSTOMER_EMAIL("customer.email", Kind.TEXT, f -> f.customer().email()),
	CUSTOMER_COUNTRY("customer.country", Kind.CHOICE, f -> f.customer().country()),
	MESSAGE_BODY("message.body", Kind.TEXT, f -> f.message() == null ? null : f.message().body()),
	MESSAGE_LANGUAGE("message.language", Kind.LANGUAGE, f -> f.message() == null ? null : f.message().language()),
	MESSAGE_AUTHOR("message.author", Kind.CHOICE,
			f -> f.message() == null ? null : f.message().authorType().key()),
	SLA_METRIC("sla.metric", Kind.CHOICE, TriggerFacts::slaMetric);

	enum Kind {
		CHOICE(Set.of("is", "is_not")), TEXT(Set.of("is", "is_not", "contains", "not_contains")),
		LIST(Set.of("contains", "not_contains")), LANGUAGE(Set.of("is", "is_not")),
		HOURS(Set.of("greater_than", "less_than"));

		final Set<String> operators;

		Kind(Set<String> operators) {
			this.operators = operators;
		}
	}

	private final String key;
	private final Kind kind;
	private final Function<TriggerFacts, @Nullable String> value;

	ConditionField(String key, Kind kind, Function<TriggerFacts, @Nullable String> value) {
		this.key = key;
		this.kind = kind;
		this.value = value;
	}

	public String key() {
		return key;
	}

	public Set<String> operators() {
		return kind.operators;
	}

	public static List<String> keys() {
		return Arrays.stream(values()).map(ConditionField::key).toList();
	}

	public static Optional<ConditionField> of(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
	}

	/** Checks a condition as it is saved: a known field, an operator it supports, a value of the right shape. */
	public static TriggerCondition check(TriggerCondition condition) {
		String fieldKey = condition.field() == null ? "" : condition.field().strip();
		ConditionField field = of(fieldKey).orElseThrow(() -> new DomainException(DomainException.Kind.RULE_BROKEN,
				"automation.unknown_condition_field", "unknown condition field '" + fieldKey + "'; known are "
						+ String.join(", ", keys()), List.of(fieldKey)));
		String operator = condition.operator() == null ? "" : condition.operator().strip().toLowerCase(Locale.ROOT);
		if (!field.operators().contains(operator)) {
			throw new DomainException(DomainException.Kind.RULE_BROKEN, "automation.invalid_operator",
					"'" + operator + "' does not apply to " + fieldKey + "; use " + String.join(" or ",
							field.operators().stream().sorted().toList()), List.of(fieldKey, operator));
		}
		String value = condition.value() == null ? "" : condition.value().strip();
		if (field.kind == Kind.HOURS) {
			try {
				if (Double.parseDouble(value) < 0) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException e) {
				throw DomainException.ruleBroken("automation.invalid_hours", fieldKey + " needs a number of hours");
			}
		}
		if (field == TICKET_STATUS) {
			value = TicketStatus.parse(value).key();
		}
		if (field == TICKET_PRIORITY) {
			value = Priority.parse(value).key();
		}
		return new TriggerCondition(fieldKey, operator, value);
	}

	/** Whether the checked {@code condition} holds for {@code facts}. */
	public static boolean holds(TriggerCondition condition, TriggerFacts facts) {
		ConditionField field = of(condition.field()).orElseThrow();
		String actual = field.value.apply(facts);
		String wanted = condition.value().toLowerCase(Locale.ROOT);
		String have = actual == null ? null : actual.toLowerCase(Locale.ROOT);
		return switch (condition.operator()) {
			case "is" -> field.kind == Kind.LANGUAGE ? sameLanguage(have, wanted) : wanted.equals(have == null ? "" : have);
			case "is_not" -> !(field.kind == Kind.LANGUAGE ? sameLanguage(have, wanted) : wanted.equals(have == null ? "" : have));
			case "contains" -> have != null && (field.kind == Kind.LIST ? list(have).contains(wanted) : have.contains(wanted));
			case "not_contains" -> have == null || !(field.kind == Kind.LIST ? list(have).contains(wanted) : have.contains(wanted));
			case "greater_than" -> have != null && Double.parseDouble(have) > Double.parseDouble(wanted);
			case "less_than" -> have != null && Double.parseDouble(have) < Double.parseDouble(wanted);
			default -> false;
		};
	}

	private static boolean sameLanguage(@Nullable String have, String wanted) {
		return have != null && (have.equals(wanted) || have.startsWith(wanted + "-"));
	}

	private static Set<String> list(String joined) {
		return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}

	private static @Nullable String hours(@Nullable Instant since, Instant now) {
		return since == null ? null : Double.toString(Duration.between(since, now).toSeconds() / 3600.0);
	}
}
