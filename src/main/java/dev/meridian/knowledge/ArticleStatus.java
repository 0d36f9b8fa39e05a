package dev.meridian.knowledge;

import dev.meridian.shared.EnumKeys;

/** Where an article is in its life: agents are offered only published ones. */
public enum ArticleStatus {
	DRAFT, PUBLISHED, ARCHIVED;

	public String key() {
		return EnumKeys.key(this);
	}

	public static ArticleStatus parse(String text) {
		return EnumKeys.parse(ArticleStatus.class, "article", "status", text);
	}
}
