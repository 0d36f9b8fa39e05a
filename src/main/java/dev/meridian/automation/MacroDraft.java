package dev.meridian.automation;

import java.util.Map;

/**
 * A macro as its author writes it: a name, whether the whole team shares it (else it is its owner's alone), the
 * reply text per language (BCP 47 tag → text with placeholders such as {@code {{customer.first_name}}}) and the
 * field changes.
 */
public record MacroDraft(String name, boolean shared, Map<String, String> variants, MacroChanges changes) {

	public MacroDraft {
		variants = Map.copyOf(variants);
	}
}
