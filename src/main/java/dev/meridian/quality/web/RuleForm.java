package dev.meridian.quality.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.meridian.quality.InspectionRuleDraft;
import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.Party;
import dev.meridian.quality.RequiredElement;
import dev.meridian.quality.RuleSpec;
import dev.meridian.shared.DomainException;

/**
 * The inspection rule form as the page posts it: the fields of every rule kind are on the page and only the chosen
 * kind's are read. Phrase and pattern lists are rows of a language and one entry per line; a row without a language
 * is for every language ({@code *}). Checking the rule is left to {@code InspectionRules}, as for the API.
 */
public class RuleForm {

	static final int SPARE_LISTS = 2;

	static final List<String> KINDS = List.of("keywords", "patterns", "required", "response_gap", "negative_ending",
			"repeat_contact", "sensitive_data");

	public static class ListRow {

		private String language = "";
		private String entries = "";

		ListRow() {
		}

		ListRow(String language, List<String> entries) {
			this.language = language;
			this.entries = String.join("\n", entries);
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(String language) {
			this.language = language == null ? "" : language.strip();
		}

		public String getEntries() {
			return entries;
		}

		public void setEntries(String entries) {
			this.entries = entries == null ? "" : entries;
		}

		List<String> lines() {
			return Arrays.stream(entries.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	private String name = "";
	private String item = "";
	private boolean enabled = true;
	private String kind = "keywords";
	private String target = "agent";
	private String element = "greeting";
	private List<ListRow> lists = new ArrayList<>();
	private String minutes = "60";
	private boolean businessHours = true;
	private String threshold = "-2";
	private String days = "7";
	private boolean cardNumbers = true;
	private boolean passwords = true;

	static RuleForm blank() {
		RuleForm form = new RuleForm();
		form.pad();
		return form;
	}

	static RuleForm of(InspectionRuleView rule) {
		RuleForm form = new RuleForm();
		form.name = rule.name();
		form.item = rule.item();
		form.enabled = rule.enabled();
		RuleSpec spec = rule.spec();
		form.kind = spec.kindKey();
		form.lists = rows(listsOf(spec));
		if (spec instanceof RuleSpec.Keywords k) {
			form.target = k.target().key();
		}
		else if (spec instanceof RuleSpec.Patterns p) {
			form.target = p.target().key();
		}
		else if (spec instanceof RuleSpec.Required r) {
			form.element = r.element().key();
		}
		else if (spec instanceof RuleSpec.ResponseGap g) {
			form.minutes = Integer.toString(g.minutes());
			form.businessHours = g.businessHours();
		}
		else if (spec instanceof RuleSpec.NegativeEnding n) {
			form.threshold = Integer.toString(n.threshold());
		}
		else if (spec instanceof RuleSpec.RepeatContact r) {
			form.days = Integer.toString(r.days());
		}
		else if (spec instanceof RuleSpec.SensitiveData s) {
			form.cardNumbers = s.cardNumbers();
			form.passwords = s.passwords();
		}
		form.pad();
		return form;
	}

	/** A rule's phrase or pattern lists by language; none for the kinds without lists. */
	static Map<String, List<String>> listsOf(RuleSpec spec) {
		if (spec instanceof RuleSpec.Keywords k) {
			return k.phrases();
		}
		if (spec instanceof RuleSpec.Patterns p) {
			return p.patterns();
		}
		if (spec instanceof RuleSpec.Required r) {
			return r.phrases();
		}
		return Map.of();
	}

	private static List<ListRow> rows(Map<String, List<String>> lists) {
		return lists.entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new ListRow(e.getKey(), e.getValue()))
			.collect(Collectors.toCollection(ArrayList::new));
	}

	/** Keeps {@link #SPARE_LISTS} empty language rows, for the next languages. */
	void pad() {
		long spare = lists.stream().filter(r -> r.language.isEmpty() && r.lines().isEmpty()).count();
		for (long i = spare; i < SPARE_LISTS; i++) {
			lists.add(new ListRow());
		}
	}

	InspectionRuleDraft toDraft() {
		if (item.isBlank()) {
			throw DomainException.malformed("inspection_rule.item_required", "item is required");
		}
		RuleSpec spec = switch (kind) {
			case "keywords" -> new RuleSpec.Keywords(Party.parse(target), lists());
			case "patterns" -> new RuleSpec.Patterns(Party.parse(target), lists());
			case "required" -> new RuleSpec.Required(RequiredElement.parse(element), lists());
			case "response_gap" -> new RuleSpec.ResponseGap(number(minutes, "inspection_rule.invalid_minutes"), businessHours);
			case "negative_ending" -> new RuleSpec.NegativeEnding(number(threshold, "inspection_rule.invalid_threshold"));
			case "repeat_contact" -> new RuleSpec.RepeatContact(number(days, "inspection_rule.invalid_days"));
			case "sensitive_data" -> new RuleSpec.SensitiveData(cardNumbers, passwords);
			default -> throw DomainException.malformed("inspection_rule.invalid_kind", "unknown rule kind " + kind);
		};
		return new InspectionRuleDraft(name, item, enabled, spec);
	}

	/** The rows as lists by language; two rows for one language make one list. */
	private Map<String, List<String>> lists() {
		Map<String, List<String>> byLanguage = new LinkedHashMap<>();
		for (ListRow row : lists) {
			List<String> lines = row.lines();
			if (!lines.isEmpty()) {
				byLanguage.computeIfAbsent(row.language.isEmpty() ? "*" : row.language, l -> new ArrayList<>()).addAll(lines);
			}
		}
		return byLanguage;
	}

	private static int number(String text, String code) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.malformed(code, "'" + text + "' is not a whole number");
		}
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getItem() {
		return item;
	}

	public void setItem(String item) {
		this.item = item == null ? "" : item.strip();
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind == null ? "" : kind;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target == null ? "agent" : target;
	}

	public String getElement() {
		return element;
	}

	public void setElement(String element) {
		this.element = element == null ? "greeting" : element;
	}

	public List<ListRow> getLists() {
		return lists;
	}

	public void setLists(List<ListRow> lists) {
		this.lists = lists == null ? new ArrayList<>() : new ArrayList<>(lists);
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes == null ? "" : minutes;
	}

	public boolean isBusinessHours() {
		return businessHours;
	}

	public void setBusinessHours(boolean businessHours) {
		this.businessHours = businessHours;
	}

	public String getThreshold() {
		return threshold;
	}

	public void setThreshold(String threshold) {
		this.threshold = threshold == null ? "" : threshold;
	}

	public String getDays() {
		return days;
	}

	public void setDays(String days) {
		this.days = days == null ? "" : days;
	}

	public boolean isCardNumbers() {
		return cardNumbers;
	}

	public void setCardNumbers(boolean cardNumbers) {
		this.cardNumbers = cardNumbers;
	}

	public boolean isPasswords() {
		return passwords;
	}

	public void setPasswords(boolean passwords) {
		this.passwords = passwords;
	}
}
