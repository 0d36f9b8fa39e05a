package dev.meridian.knowledge;

import dev.meridian.shared.EnumKeys;

/** Who reads an article: agents only (an SOP) or customers too (a help-centre page). */
public enum ArticleVisibility {
	INTERNAL, PUBLIC;

	public String key() {
		return EnumKeys.key(this);
	}

	public static ArticleVisibility parse(String text) {
		return EnumKeys.parse(ArticleVisibility.class, "article", "visibility", text);
	}
}
