package dev.meridian.knowledge.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.ArticleStatus;
import dev.meridian.knowledge.ArticleView;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.TranslationView;
import jakarta.persistence.*;

/** A knowledge article of one brand; its texts are its translations, at most one per language. */
@Entity
@Table(name = "knowledge_article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long brandId;

	private String category;

	private String visibility;

	private String status;

	private Instant createdAt;

	private Instant updatedAt;

	private long updatedBy;

	@Version
	private int version;

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ArticleTranslation> translations = new ArrayList<>();

	protected Article() {
	}

	public Article(BrandId brand, String category, ArticleVisibility visibility, ArticleStatus status, AgentId author,
			Instant now) {
		this.brandId = brand.value();
		this.category = category;
		this.visibility = visibility.key();
		this.status = status.key();
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedBy = author.value();
	}

	public void change(String category, ArticleVisibility visibility, ArticleStatus status, AgentId editor,
			Instant now) {
		this.category = category;
		this.visibility = visibility.key();
		this.status = status.key();
		touched(editor, now);
	}

	/** Writes the text in {@code language}: a new translation starts at revision 1, an edit counts one up. */
	public void write(String language, String title, String body, String searchText, AgentId editor, Instant now) {
		Optional<ArticleTranslation> existing = translation(language);
		if (existing.isPresent()) {
			existing.get().revise(title, body, searchText, editor, now);
		}
		else {
			translations.add(new ArticleTranslation(this, language, title, body, searchText, editor, now));
		}
		touched(editor, now);
	}

	/** Removes the text in {@code language}; false when there was none. */
	public boolean remove(String language, AgentId editor, Instant now) {
		boolean removed = translations.removeIf(t -> t.language().equals(language));
		if (removed) {
			touched(editor, now);
		}
		return removed;
	}

	public Optional<ArticleTranslation> translation(String language) {
		return translations.stream().filter(t -> t.language().equals(language)).findFirst();
	}

	public int translationCount() {
		return translations.size();
	}

	public ArticleVisibility visibility() {
		return ArticleVisibility.parse(visibility);
	}

	public ArticleStatus status() {
		return ArticleStatus.parse(status);
	}

	public String category() {
		return category;
	}

	public BrandId brand() {
		return new BrandId(brandId);
	}

	private void touched(AgentId editor, Instant now) {
		this.updatedAt = now;
		this.updatedBy = editor.value();
	}

	public ArticleView view() {
		Map<String, TranslationView> texts = new TreeMap<>();
		translations.forEach(t -> texts.put(t.language(), t.view()));
		return new ArticleView(new ArticleId(id), new BrandId(brandId), category, visibility(), status(), texts,
				createdAt, updatedAt, new AgentId(updatedBy));
	}
}
