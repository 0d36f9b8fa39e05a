package dev.meridian.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * An article as a customer who speaks {@code wanted} would get it: the translation the fallback chain chose and
 * whether it stands in for their own language ("shown in English, no Japanese version").
 */
public record ShownArticle(ArticleView article, TranslationView shown, @Nullable String wanted, boolean fallback) {

	public String language() {
		return shown.language();
	}
}
