package dev.meridian.quality.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.meridian.quality.InspectionRuleDraft;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.RuleSpec;
import dev.meridian.quality.ScorecardDraft;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.DomainException.Kind;

/** What makes a scorecard or a rule valid, each broken rule with its own error code. */
public final class DraftChecks {

	static final int MAX_ITEMS = 100;
	static final int MAX_POINTS = 100;
	static final int MAX_PHRASES = 500;
	static final Pattern KEY = Pattern.compile("[a-z0-9_]{1,64}");

	private DraftChecks() {
	}

	public static void check(ScorecardDraft draft) {
		name(draft.name(), "scorecard");
		if (draft.items().isEmpty() || draft.items().size() > MAX_ITEMS) {
			throw DomainException.ruleBroken("scorecard.items_required",
					"a scorecard has between 1 and " + MAX_ITEMS + " items");
		}
		Set<String> keys = new HashSet<>();
		int total = 0;
		for (ScorecardItem item : draft.items()) {
			key(item.key(), "scorecard");
			if (!keys.add(item.key())) {
				throw itemError(Kind.RULE_BROKEN, "scorecard.duplicate_item", "item key '" + item.key() + "' appears twice",
						item);
			}
			if (item.name() == null || item.name().isBlank() || item.name().length() > 200) {
				throw itemError(Kind.MALFORMED, "scorecard.item_name_required",
						"item '" + item.key() + "' needs a name of at most 200 characters", item);
			}
			if (item.type() == ItemType.RED_LINE ? item.points() != 0 : item.points() < 1 || item.points() > MAX_POINTS) {
				throw itemError(Kind.RULE_BROKEN, "scorecard.invalid_points", item.type() == ItemType.RED_LINE
						? "red-line item '" + item.key() + "' has no points: breaching it fails the conversation"
						: "item '" + item.key() + "' is worth between 1 and " + MAX_POINTS + " points", item);
			}
			total += item.points();
		}
		if (total == 0) {
			throw DomainException.ruleBroken("scorecard.no_points", "at least one item must be worth points");
		}
	}

	/** An error about one item names its key in {@code details}, so that a form can point at the row. */
	private static DomainException itemError(Kind kind, String code, String message, ScorecardItem item) {
		return new DomainException(kind, code, message, List.of(item.key()));
	}

	public static void check(InspectionRuleDraft draft) {
		name(draft.name(), "inspection_rule");
		key(draft.item(), "inspection_rule");
		RuleSpec spec = draft.spec();
		if (spec instanceof RuleSpec.Keywords k) {
			lists(k.phrases(), "phrases");
		}
		else if (spec instanceof RuleSpec.Patterns p) {
			lists(p.patterns(), "patterns");
		}
		else if (spec instanceof RuleSpec.Required r) {
			lists(r.phrases(), "phrases");
		}
		else if (spec instanceof RuleSpec.ResponseGap g) {
			if (g.minutes() < 1 || g.minutes() > 30 * 24 * 60) {
				throw DomainException.ruleBroken("inspection_rule.invalid_minutes",
						"minutes must be between 1 and 43200 (30 days)");
			}
		}
		else if (spec instanceof RuleSpec.NegativeEnding n) {
			if (n.threshold() > -1 || n.threshold() < -20) {
				throw DomainException.ruleBroken("inspection_rule.invalid_threshold",
						"threshold must be between -20 and -1: the sentiment score at or below which an ending is negative");
			}
		}
		else if (spec instanceof RuleSpec.RepeatContact r) {
			if (r.days() < 1 || r.days() > 90) {
				throw DomainException.ruleBroken("inspection_rule.invalid_days", "days must be between 1 and 90");
			}
		}
		else if (spec instanceof RuleSpec.SensitiveData s && !s.cardNumbers() && !s.passwords()) {
			throw DomainException.ruleBroken("inspection_rule.nothing_to_find",
					"look for card numbers, passwords or both");
		}
		RuleEngine.check(spec);
	}

	private static void lists(Map<String, List<String>> lists, String field) {
		if (lists.isEmpty() && !field.equals("phrases")) {
			throw DomainException.ruleBroken("inspection_rule.empty_" + field, field + " needs at least one language's list");
		}
		for (Map.Entry<String, List<String>> entry : lists.entrySet()) {
			String language = entry.getKey();
			if (!language.equals("*") && !language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
				throw new DomainException(Kind.MALFORMED, "inspection_rule.invalid_language",
						"'" + language + "' is not a language such as en, zh, zh-TW or * (every language)", List.of(language));
			}
			if (entry.getValue() == null || entry.getValue().size() > MAX_PHRASES
					|| entry.getValue().stream().anyMatch(v -> v == null || v.length() > 500)) {
				throw DomainException.ruleBroken("inspection_rule.too_many_" + field,
						field + " has at most " + MAX_PHRASES + " entries of at most 500 characters per language");
			}
		}
	}

	private static void name(String name, String what) {
		if (name == null || name.isBlank()) {
			throw DomainException.malformed(what + ".name_required", "name is required");
		}
		if (name.strip().length() > 200) {
			throw DomainException.malformed(what + ".name_too_long", "name has at most 200 characters");
		}
	}

	private static void key(String key, String what) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new DomainException(Kind.MALFORMED, what + ".invalid_item_key",
					"'" + key + "' is not an item key: 1 to 64 lowercase letters, digits and underscores",
					key == null ? List.of() : List.of(key));
		}
	}
}
