package dev.meridian.knowledge.internal;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import dev.meridian.knowledge.TranslationView;
import jakarta.persistence.*;

/**
 * An article's text in one language. {@code searchText} is the title and the body's plain text in lower case, which
 * the search matches, so that markup never matches a query.
 */
@Entity
@Table(name = "knowledge_article_translation")
public class ArticleTranslation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	private String language;

	private String title;

	private String body;

	private String searchText;

	private int revision;

	private Instant updatedAt;

	private long updatedBy;

	protected ArticleTranslation() {
	}

	ArticleTranslation(Article article, String language, String title, String body, String searchText,
			AgentId author, Instant now) {
		this.article = article;
		this.language = language;
		this.revision = 0;
		revise(title, body, searchText, author, now);
	}

	void revise(String title, String body, String searchText, AgentId editor, Instant now) {
		this.title = title;
		this.body = body;
		this.searchText = searchText;
		this.revision++;
		this.updatedAt = now;
		this.updatedBy = editor.value();
	}

	public String language() {
		return language;
	}

	public TranslationView view() {
		return new TranslationView(language, title, body, revision, updatedAt, new AgentId(updatedBy));
	}
}
