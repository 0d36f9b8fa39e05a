package dev.meridian.knowledge;

import java.time.Instant;
import java.util.Map;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;

/** An article with its translations, sorted by language tag. */
public record ArticleView(ArticleId id, BrandId brand, String category, ArticleVisibility visibility,
		ArticleStatus status, Map<String, TranslationView> translations, Instant createdAt, Instant updatedAt,
		AgentId updatedBy) {
}
