package dev.meridian.quality;

/** An inspection rule as an admin writes it; {@code item} is the key of the scorecard item a hit counts against. */
public record InspectionRuleDraft(String name, String item, boolean enabled, RuleSpec spec) {
}
