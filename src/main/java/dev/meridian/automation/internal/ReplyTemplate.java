package dev.meridian.automation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.meridian.shared.DomainException;

/**
 * A reply text with placeholders such as {@code {{customer.first_name}}}. It is strict: a placeholder that is not
 * one of {@link #KNOWN} or a {@code {{} that is never closed is refused when the text is saved, with the offending
 * piece and the known names in the message, so a typo never reaches a customer as a raw brace. A known
 * placeholder without a value (a ticket without an order number) renders as nothing.
 */
public final class ReplyTemplate {

	/** Every placeholder a reply may use. */
	public static final Set<String> KNOWN = Set.copyOf(new TreeSet<>(List.of("customer.name", "customer.first_name",
			"customer.last_name", "customer.email", "ticket.number", "ticket.subject", "ticket.order_id",
			"ticket.status", "ticket.priority", "agent.name", "agent.first_name", "agent.email", "brand.name",
			PlaceholderValues.SATISFACTION_LINK)));

	private sealed interface Part {
	}

	private record Text(String text) implements Part {
	}

	private record Placeholder(String name) implements Part {
	}

	private final List<Part> parts;

	private ReplyTemplate(List<Part> parts) {
		this.parts = parts;
	}

	public static ReplyTemplate parse(String text) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf("{{", at);
			if (open < 0) {
				parts.add(new Text(text.substring(at)));
				break;
			}
			if (open > at) {
				parts.add(new Text(text.substring(at, open)));
			}
			int close = text.indexOf("}}", open + 2);
			int nextOpen = text.indexOf("{{", open + 2);
			if (close < 0 || nextOpen >= 0 && nextOpen < close) {
				String piece = text.substring(open, Math.min(text.length(), open + 30));
				throw new DomainException(DomainException.Kind.RULE_BROKEN, "automation.unclosed_placeholder",
						"a placeholder is opened with {{ but not closed with }}: " + piece, List.of(piece));
			}
			String name = text.substring(open + 2, close).strip();
			if (!KNOWN.contains(name)) {
				throw new DomainException(DomainException.Kind.RULE_BROKEN, "automation.unknown_placeholder",
						"unknown placeholder {{" + name + "}}; known are " + String.join(", ", new TreeSet<>(KNOWN)),
						List.of(name));
			}
			parts.add(new Placeholder(name));
			at = close + 2;
		}
		return new ReplyTemplate(List.copyOf(parts));
	}

	/** The text with every placeholder replaced by its value in {@code values}; a missing value is empty. */
	public String render(Map<String, String> values) {
		StringBuilder out = new StringBuilder();
		for (Part part : parts) {
			if (part instanceof Text t) {
				out.append(t.text());
			}
			else if (part instanceof Placeholder p) {
				out.append(values.getOrDefault(p.name(), ""));
			}
		}
		return out.toString();
	}

	/** The placeholder names the text uses, in order of first use. */
	public List<String> placeholders() {
		return parts.stream().filter(Placeholder.class::isInstance).map(p -> ((Placeholder) p).name()).distinct().toList();
	}
}
