package dev.meridian.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.knowledge.ArticleQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;

/**
 * A case-insensitive search in SQL: every word of the query must occur in one translation's title or plain text.
 * Enough for a few thousand articles; the filters and the id keyset use the indexes, the words scan the
 * translations of the brand's articles. Only the parts of the query that are set go into the statement, so that no
 * untyped null parameter reaches PostgreSQL.
 */
class ArticleSearchImpl implements ArticleSearch {

	static final int MAX_WORDS = 8;

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public List<Article> search(ArticleQuery query, @Nullable Long beforeId, int limit) {
		StringBuilder jpql = new StringBuilder("select a from Article a where 1 = 1");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (beforeId != null) {
			jpql.append(" and a.id < :before");
			parameters.put("before", beforeId);
		}
		if (query.brand() != null) {
			jpql.append(" and a.brandId = :brand");
			parameters.put("brand", query.brand().value());
		}
		if (query.visibility() != null) {
			jpql.append(" and a.visibility = :visibility");
			parameters.put("visibility", query.visibility().key());
		}
		if (query.status() != null) {
			jpql.append(" and a.status = :status");
			parameters.put("status", query.status().key());
		}
		List<String> words = words(query.text());
		if (query.language() != null || !words.isEmpty()) {
			jpql.append(" and exists (select t.id from ArticleTranslation t where t.article = a");
			if (query.language() != null) {
				jpql.append(" and t.language = :language");
				parameters.put("language", query.language());
			}
			for (int i = 0; i < words.size(); i++) {
				jpql.append(" and t.searchText like :w").append(i).append(" escape '\\'");
				parameters.put("w" + i, "%" + escaped(words.get(i)) + "%");
			}
			jpql.append(")");
		}
		jpql.append(" order by a.id desc");
		TypedQuery<Article> typed = entityManager.createQuery(jpql.toString(), Article.class);
		parameters.forEach(typed::setParameter);
		return typed.setMaxResults(limit).getResultList();
	}

	static List<String> words(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!word.isEmpty() && !words.contains(word) && words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		return words;
	}

	private static String escaped(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
