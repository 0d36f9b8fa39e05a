package dev.meridian.automation;

/**
 * One condition of a trigger: a field of the ticket, its customer, the message or the event, an operator and a
 * value, e.g. {@code ticket.status is pending} or {@code ticket.hours_since_updated greater_than 72}. The
 * vocabulary is closed and checked when the trigger is saved (see the automation guide).
 */
public record TriggerCondition(String field, String operator, String value) {
}
