package dev.meridian.knowledge.internal;

import java.util.List;

import dev.meridian.knowledge.ArticleQuery;

/** The article list: filters and a text search, newest first, one keyset page at a time. */
public interface ArticleSearch {

	/** At most {@code limit} articles with an id below {@code beforeId} (null: from the newest) that match. */
	List<Article> search(ArticleQuery query, Long beforeId, int limit);
}
