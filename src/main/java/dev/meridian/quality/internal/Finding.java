package dev.meridian.quality.internal;

import org.jspecify.annotations.Nullable;

/** A rule's hit on a conversation, with its evidence: message, span of the text, the text itself and a detail. */
public record Finding(long ruleId, String ruleKind, String item, @Nullable Long messageId, int start, int end,
		String excerpt, @Nullable String detail) {
}
