package dev.meridian.quality;

/**
 * One line of a scorecard. {@code key} is stable across versions and is what rules, reviews and reports name;
 * {@code name} is the admin's wording, shown where no translation of the key exists. A red-line item has no points:
 * breaching it fails the whole conversation.
 */
public record ScorecardItem(String key, Category category, String name, ItemType type, int points) {
}
