package dev.meridian.channel.chat;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message of a chat as its visitor sees it: from the {@code visitor} or an {@code agent} (internal notes never
 * reach the widget). {@code clientId} is the id the widget generated for a visitor's message, so that it can match
 * its own pending copy.
 */
public record ChatMessage(String id, @Nullable String clientId, String from, String name, String text, Instant at,
		List<String> files) {
}
