package dev.meridian.knowledge;

import java.time.Instant;

import dev.meridian.identity.AgentId;

/** An article's text in one language; {@code revision} counts its edits, starting at 1. */
public record TranslationView(String language, String title, String body, int revision, Instant updatedAt,
		AgentId updatedBy) {
}
