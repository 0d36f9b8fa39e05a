package dev.meridian.knowledge;

import java.util.Map;

import dev.meridian.identity.BrandId;

/** A new article: its brand, category, who reads it, its status and its first translations (BCP 47 tag → text). */
public record ArticleDraft(BrandId brand, String category, ArticleVisibility visibility, ArticleStatus status,
		Map<String, TranslationDraft> translations) {

	public ArticleDraft {
		translations = Map.copyOf(translations);
	}
}
