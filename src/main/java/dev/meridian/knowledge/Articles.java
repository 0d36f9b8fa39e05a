package dev.meridian.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Brands;
import dev.meridian.knowledge.internal.Article;
import dev.meridian.knowledge.internal.ArticleRepository;
import dev.meridian.shared.Cursor;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageFallback;
import dev.meridian.shared.LanguageTag;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.SanitizedHtml;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge articles: each belongs to a brand, is internal (an SOP for agents) or public (a help-centre page), and
 * has one translation per language, whose body is HTML sanitized on save. Anyone who works tickets reads them; the
 * callers check the knowledge:write permission before writing. Beside a ticket an article is shown in the customer's
 * language, else the ticket's, through {@link LanguageFallback}, the chain macros use.
 */
@Service
@Transactional
public class Articles {

	static final int MAX_CATEGORY = 100;
	static final int MAX_TITLE = 300;
	static final int MAX_BODY = 100_000;
	static final int MAX_TRANSLATIONS = 30;
	static final int MAX_SUGGESTIONS = 10;

	private final ArticleRepository articles;
	private final Brands brands;
	private final Tickets tickets;
	private final Customers customers;
	private final Clock clock;

	Articles(ArticleRepository articles, Brands brands, Tickets tickets, Customers customers, Clock clock) {
		this.articles = articles;
		this.brands = brands;
		this.tickets = tickets;
		this.customers = customers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ArticleView get(ArticleId id) {
		return find(id).view();
	}

	/** One page of the articles that match, newest first. */
	@Transactional(readOnly = true)
	public Slice<ArticleView> list(ArticleQuery query, PageRequest page) {
		Long before = page.cursor() == null ? null : Cursor.decode(page.cursor()).longAt(0);
		ArticleQuery normalized = new ArticleQuery(query.text(),
				query.language() == null || query.language().isBlank() ? null : LanguageTag.normalize(query.language()),
				query.brand(), query.visibility(), query.status());
		List<ArticleView> found = articles.search(normalized, before, page.limit() + 1).stream().map(Article::view)
			.toList();
		if (found.size() <= page.limit()) {
			return new Slice<>(found, null);
		}
		List<ArticleView> items = found.subList(0, page.limit());
		return new Slice<>(items, new Cursor(List.of(items.get(items.size() - 1).id().toString())).encode());
	}

	public ArticleView create(ArticleDraft draft, AgentId author) {
		if (!brands.exists(draft.brand())) {
			throw DomainException.ruleBroken("article.unknown_brand", "brand " + draft.brand() + " does not exist");
		}
		if (draft.translations().size() > MAX_TRANSLATIONS) {
			throw tooManyTranslations();
		}
		Map<String, TranslationDraft> texts = new LinkedHashMap<>();
		draft.translations().forEach((tag, text) -> {
			if (texts.put(LanguageTag.normalize(tag), text) != null) {
				throw DomainException.ruleBroken("article.duplicate_translation", "two texts for " + tag);
			}
		});
		Article article = new Article(draft.brand(), category(draft.category()), draft.visibility(), draft.status(),
				author, clock.instant());
		texts.forEach((tag, text) -> write(article, tag, text, author));
		return articles.saveAndFlush(article).view();
	}

	public ArticleView update(ArticleId id, ArticleChanges changes, AgentId editor) {
		Article article = find(id);
		article.change(changes.category() == null ? article.category() : category(changes.category()),
				changes.visibility() == null ? article.visibility() : changes.visibility(),
				changes.status() == null ? article.status() : changes.status(), editor, clock.instant());
		return articles.saveAndFlush(article).view();
	}

	public void delete(ArticleId id) {
		articles.delete(find(id));
	}

	/** Adds the text in {@code language} or replaces it (its revision counts one up). */
	public ArticleView putTranslation(ArticleId id, String language, TranslationDraft text, AgentId editor) {
		Article article = find(id);
		String tag = LanguageTag.normalize(language);
		if (article.translation(tag).isEmpty() && article.translationCount() >= MAX_TRANSLATIONS) {
			throw tooManyTranslations();
		}
		write(article, tag, text, editor);
		return articles.saveAndFlush(article).view();
	}

	public ArticleView deleteTranslation(ArticleId id, String language, AgentId editor) {
		Article article = find(id);
		String tag = LanguageTag.normalize(language);
		if (!article.remove(tag, editor, clock.instant())) {
			throw DomainException.notFound("translation", id + "/" + tag);
		}
		return articles.saveAndFlush(article).view();
	}

	/**
	 * The published articles of the ticket's brand that match {@code text} (all when blank), each in the customer's
	 * language, else the ticket's, by the fallback chain.
	 */
	@Transactional(readOnly = true)
	public List<ShownArticle> suggestionsFor(TicketId ticketId, @Nullable String text) {
		TicketView ticket = tickets.get(ticketId);
		String wanted = readerLanguage(ticket);
		List<ShownArticle> shown = new ArrayList<>();
		for (Article article : articles.search(new ArticleQuery(text, null, ticket.brand(), null, ArticleStatus.PUBLISHED),
				null, MAX_SUGGESTIONS)) {
			shownIn(article.view(), wanted).ifPresent(shown::add);
		}
		return shown;
	}

	/** One article as the ticket's customer would get it. */
	@Transactional(readOnly = true)
	public ShownArticle shownFor(ArticleId id, TicketId ticketId) {
		TicketView ticket = tickets.get(ticketId);
		ArticleView article = get(id);
		if (!article.brand().equals(ticket.brand())) {
			throw DomainException.notFound("article", id);
		}
		return shownIn(article, readerLanguage(ticket)).orElseThrow(() -> DomainException.notFound("article", id));
	}

	/** The article in {@code wanted} or its nearest stand-in; empty when the article has no text at all. */
	public static Optional<ShownArticle> shownIn(ArticleView article, @Nullable String wanted) {
		return LanguageFallback.choose(wanted, article.translations().keySet())
			.map(tag -> new ShownArticle(article, article.translations().get(tag), wanted,
					LanguageFallback.isFallback(wanted, tag)));
	}

	private @Nullable String readerLanguage(TicketView ticket) {
		CustomerView customer = customers.get(ticket.customer());
		return LanguageTag.known(customer.language()) ? customer.language() : ticket.language();
	}

	private void write(Article article, String tag, TranslationDraft text, AgentId editor) {
		String title = text.title() == null ? "" : text.title().strip();
		if (title.isEmpty()) {
			throw DomainException.malformed("article.title_required", "a translation needs a title");
		}
		if (title.length() > MAX_TITLE) {
			throw DomainException.ruleBroken("article.title_too_long", "a title has at most " + MAX_TITLE + " characters");
		}
		String body = SanitizedHtml.of(text.body() == null ? "" : text.body()).html().strip();
		if (body.length() > MAX_BODY) {
			throw DomainException.ruleBroken("article.body_too_long", "a body has at most " + MAX_BODY + " characters");
		}
		String searchText = (title + "\n" + SanitizedHtml.plainText(body)).toLowerCase(Locale.ROOT);
		if (searchText.length() > MAX_BODY) {
			searchText = searchText.substring(0, MAX_BODY);
		}
		article.write(tag, title, body, searchText, editor, clock.instant());
	}

	private static String category(@Nullable String category) {
		String stripped = category == null ? "" : category.strip();
		if (stripped.length() > MAX_CATEGORY) {
			throw DomainException.ruleBroken("article.category_too_long",
					"a category has at most " + MAX_CATEGORY + " characters");
		}
		return stripped;
	}

	private static DomainException tooManyTranslations() {
		return DomainException.ruleBroken("article.too_many_translations",
				"an article has at most " + MAX_TRANSLATIONS + " translations");
	}

	private Article find(ArticleId id) {
		return articles.findById(id.value()).orElseThrow(() -> DomainException.notFound("article", id));
	}
}
