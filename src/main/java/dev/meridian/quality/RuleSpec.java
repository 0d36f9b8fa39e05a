package dev.meridian.quality;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * What an inspection rule looks for: a closed vocabulary of rule kinds, stored as JSON and evaluated by one engine.
 * Phrase and pattern lists are keyed by language ({@code en}, {@code zh}, {@code zh-TW}, or {@code *} for every
 * language); a list applies to a message in that language (compared by primary subtag), and every list applies to a
 * message whose language is unknown.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = RuleSpec.Keywords.class, name = "keywords"),
		@JsonSubTypes.Type(value = RuleSpec.Patterns.class, name = "patterns"),
		@JsonSubTypes.Type(value = RuleSpec.Required.class, name = "required"),
		@JsonSubTypes.Type(value = RuleSpec.ResponseGap.class, name = "response_gap"),
		@JsonSubTypes.Type(value = RuleSpec.NegativeEnding.class, name = "negative_ending"),
		@JsonSubTypes.Type(value = RuleSpec.RepeatContact.class, name = "repeat_contact"),
		@JsonSubTypes.Type(value = RuleSpec.SensitiveData.class, name = "sensitive_data") })
public sealed interface RuleSpec {

	/** The kind's key, as the JSON names it. */
	@JsonIgnore
	String kindKey();

	/** Words or phrases (case-insensitive, whole words in alphabetic scripts) that must not appear. */
	record Keywords(Party target, Map<String, List<String>> phrases) implements RuleSpec {

		public Keywords(@Nullable Party target, @Nullable Map<String, List<String>> phrases) {
			this.target = target == null ? Party.AGENT : target;
			this.phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
		}

		@Override
		public String kindKey() {
			return "keywords";
		}
	}

	/** Regular expressions (case-insensitive, Unicode) that must not match. */
	record Patterns(Party target, Map<String, List<String>> patterns) implements RuleSpec {

		public Patterns(@Nullable Party target, @Nullable Map<String, List<String>> patterns) {
			this.target = target == null ? Party.AGENT : target;
			this.patterns = patterns == null ? Map.of() : Map.copyOf(patterns);
		}

		@Override
		public String kindKey() {
			return "patterns";
		}
	}

	/**
	 * An element the agent's replies must contain; {@code phrases} add to Meridian's built-in phrases for the element
	 * in Chinese, Japanese, English, German, French and Spanish.
	 */
	record Required(RequiredElement element, Map<String, List<String>> phrases) implements RuleSpec {

		public Required(@Nullable RequiredElement element, @Nullable Map<String, List<String>> phrases) {
			this.element = element == null ? RequiredElement.GREETING : element;
			this.phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
		}

		@Override
		public String kindKey() {
			return "required";
		}
	}

	/** A customer waited longer than {@code minutes} for the agent's next reply, in business or calendar time. */
	record ResponseGap(int minutes, boolean businessHours) implements RuleSpec {

		@Override
		public String kindKey() {
			return "response_gap";
		}
	}

	/**
	 * The customer's last message reads negative: its lexicon score (positive words minus negative words) is at or
	 * below {@code threshold} (-1 or lower).
	 */
	record NegativeEnding(int threshold) implements RuleSpec {

		@Override
		public String kindKey() {
			return "negative_ending";
		}
	}

	/** The same customer opened another ticket within {@code days} after this one was solved. */
	record RepeatContact(int days) implements RuleSpec {

		@Override
		public String kindKey() {
			return "repeat_contact";
		}
	}

	/** The agent sent a payment card number (a Luhn-valid number of 13 to 19 digits) or a password. */
	record SensitiveData(boolean cardNumbers, boolean passwords) implements RuleSpec {

		@Override
		public String kindKey() {
			return "sensitive_data";
		}
	}
}
