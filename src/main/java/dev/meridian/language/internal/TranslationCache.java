package dev.meridian.language.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Translations already made, by SHA-256 of the normalized text and target language, whichever provider made them.
 * Plain JDBC outside any transaction: a lookup or a store never holds a connection while a provider is asked, and
 * two nodes storing the same translation at once simply keep the first.
 */
@Component
public class TranslationCache {

	private final JdbcClient jdbc;

	TranslationCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Entry(String text, @Nullable String source, String provider) {
	}

	public Optional<Entry> find(NormalizedText text, String target) {
		return jdbc.sql("select translated_text, source, provider from translation_cache "
				+ "where content_hash = ? and target = ?")
			.params(text.sha256(), target)
			.query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	public void store(NormalizedText text, String target, @Nullable String source, String provider, String translation,
			Instant now) {
		try {
			jdbc.sql("insert into translation_cache (content_hash, target, source, provider, translated_text, "
					+ "char_count, created_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(text.sha256(), target, source, provider, translation, text.characters(), Timestamp.from(now))
				.update();
		}
		catch (DataIntegrityViolationException e) {
			// another request stored the same translation a moment ago
		}
	}
}
