package dev.meridian.knowledge.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.BrandId;
import dev.meridian.knowledge.ArticleChanges;
import dev.meridian.knowledge.ArticleDraft;
import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.ArticleQuery;
import dev.meridian.knowledge.ArticleStatus;
import dev.meridian.knowledge.ArticleView;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.Articles;
import dev.meridian.knowledge.ShownArticle;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.knowledge.TranslationView;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('ticket:read')")
@Tag(name = "Knowledge articles")
class ArticleController {

	private static final String EXAMPLE = "Example: {\"brand\": \"1\", \"category\": \"Shipping\", \"visibility\": "
			+ "\"public\", \"status\": \"published\", \"translations\": {\"en\": {\"title\": \"Shipping times\", "
			+ "\"body\": \"<p>Orders leave our warehouse within 2 working days.</p>\"}, \"de\": {\"title\": "
			+ "\"Lieferzeiten\", \"body\": \"<p>Bestellungen verlassen unser Lager innerhalb von 2 Werktagen.</p>\"}}}. "
			+ "visibility is internal (agents only) or public (help centre); status is draft, published or archived. "
			+ "Bodies are HTML, sanitized on save (scripts, styles and event handlers are removed). Needs knowledge:write.";

	record TranslationJson(String language, String title, String body, int revision, Instant updatedAt,
			String updatedBy) {

		static TranslationJson of(TranslationView t) {
			return new TranslationJson(t.language(), t.title(), t.body(), t.revision(), t.updatedAt(),
					t.updatedBy().toString());
		}
	}

	record ArticleJson(String id, String brand, String category, String visibility, String status,
			Map<String, TranslationJson> translations, Instant createdAt, Instant updatedAt, String updatedBy) {

		static ArticleJson of(ArticleView a) {
			Map<String, TranslationJson> texts = new TreeMap<>();
			a.translations().forEach((tag, t) -> texts.put(tag, TranslationJson.of(t)));
			return new ArticleJson(a.id().toString(), a.brand().toString(), a.category(), a.visibility().key(),
					a.status().key(), texts, a.createdAt(), a.updatedAt(), a.updatedBy().toString());
		}
	}

	record TextJson(@Nullable String title, @Nullable String body) {

		TranslationDraft toDraft() {
			return new TranslationDraft(title == null ? "" : title, body == null ? "" : body);
		}
	}

	record ArticleRequest(@Nullable String brand, @Nullable String category, @Nullable String visibility,
			@Nullable String status, @Nullable Map<String, TextJson> translations) {

		ArticleDraft toDraft() {
			if (brand == null || brand.isBlank()) {
				throw DomainException.malformed("article.brand_required", "name the brand the article belongs to");
			}
			Map<String, TranslationDraft> texts = new TreeMap<>();
			if (translations != null) {
				translations.forEach((tag, text) -> texts.put(tag, text == null ? new TranslationDraft("", "") : text.toDraft()));
			}
			return new ArticleDraft(BrandId.parse(brand), category == null ? "" : category,
					visibility == null ? ArticleVisibility.INTERNAL : ArticleVisibility.parse(visibility),
					status == null ? ArticleStatus.DRAFT : ArticleStatus.parse(status), texts);
		}
	}

	record ArticlePatch(@Nullable String category, @Nullable String visibility, @Nullable String status) {

		ArticleChanges toChanges() {
			return new ArticleChanges(category, visibility == null ? null : ArticleVisibility.parse(visibility),
					status == null ? null : ArticleStatus.parse(status));
		}
	}

	record SuggestionJson(String id, String category, String visibility, String language, boolean fallback,
			@Nullable String wanted, String title, String body, int revision, List<String> languages) {

		static SuggestionJson of(ShownArticle s) {
			return new SuggestionJson(s.article().id().toString(), s.article().category(),
					s.article().visibility().key(), s.language(), s.fallback(), s.wanted(), s.shown().title(),
					s.shown().body(), s.shown().revision(), List.copyOf(s.article().translations().keySet()));
		}
	}

	private final Articles articles;

	ArticleController(Articles articles) {
		this.articles = articles;
	}

	@GetMapping("/articles")
	@Operation(summary = "List and search articles",
			description = "Newest first, one page at a time (limit 1 to 100, default 25; pass nextCursor as cursor). "
					+ "q: words that must all occur, in any case, in one translation's title or text. "
					+ "Example: /api/v1/articles?q=customs&language=de&visibility=public&status=published&limit=10")
	Slice<ArticleJson> list(@RequestParam(required = false) @Parameter(description = "words to find in title or text") @Nullable String q,
			@RequestParam(required = false) @Parameter(description = "only articles with a translation in this BCP 47 tag") @Nullable String language,
			@RequestParam(required = false) @Parameter(description = "brand id") @Nullable String brand,
			@RequestParam(required = false) @Parameter(description = "internal or public") @Nullable String visibility,
			@RequestParam(required = false) @Parameter(description = "draft, published or archived") @Nullable String status,
			@RequestParam(required = false) @Nullable Integer limit, @RequestParam(required = false) @Nullable String cursor) {
		ArticleQuery query = new ArticleQuery(q, language, blank(brand) ? null : BrandId.parse(brand),
				blank(visibility) ? null : ArticleVisibility.parse(visibility),
				blank(status) ? null : ArticleStatus.parse(status));
		return articles.list(query, PageRequest.of(limit, cursor)).map(ArticleJson::of);
	}

	@GetMapping("/articles/{id}")
	ArticleJson get(@PathVariable String id) {
		return ArticleJson.of(articles.get(ArticleId.parse(id)));
	}

	@PostMapping("/articles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('knowledge:write')")
	@Operation(summary = "Create an article", description = EXAMPLE)
	ArticleJson create(@RequestBody ArticleRequest request, @AuthenticationPrincipal AgentPrincipal me) {
		return ArticleJson.of(articles.create(request.toDraft(), me.id()));
	}

	@PatchMapping("/articles/{id}")
	@PreAuthorize("hasAuthority('knowledge:write')")
	@Operation(summary = "Change an article's category, visibility or status",
			description = "Fields left out stay as they are. Example: {\"status\": \"archived\"}. Needs knowledge:write.")
	ArticleJson update(@PathVariable String id, @RequestBody ArticlePatch patch, @AuthenticationPrincipal AgentPrincipal me) {
		return ArticleJson.of(articles.update(ArticleId.parse(id), patch.toChanges(), me.id()));
	}

	@DeleteMapping("/articles/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('knowledge:write')")
	void delete(@PathVariable String id) {
		articles.delete(ArticleId.parse(id));
	}

	@PutMapping("/articles/{id}/translations/{language}")
	@PreAuthorize("hasAuthority('knowledge:write')")
	@Operation(summary = "Add or replace the article's text in one language",
			description = "language is a BCP 47 tag (de, ja, zh-TW; anything else is refused with language.invalid). "
					+ "Each write counts the translation's revision one up. Example: {\"title\": \"配送について\", "
					+ "\"body\": \"<p>ご注文は2営業日以内に発送します。</p>\"}. Needs knowledge:write.")
	ArticleJson putTranslation(@PathVariable String id, @PathVariable String language, @RequestBody TextJson text,
			@AuthenticationPrincipal AgentPrincipal me) {
		return ArticleJson.of(articles.putTranslation(ArticleId.parse(id), language, text.toDraft(), me.id()));
	}

	@DeleteMapping("/articles/{id}/translations/{language}")
	@PreAuthorize("hasAuthority('knowledge:write')")
	@Operation(summary = "Remove the article's text in one language", description = "Needs knowledge:write.")
	ArticleJson deleteTranslation(@PathVariable String id, @PathVariable String language,
			@AuthenticationPrincipal AgentPrincipal me) {
		return ArticleJson.of(articles.deleteTranslation(ArticleId.parse(id), language, me.id()));
	}

	@GetMapping("/tickets/{ticketId}/article-suggestions")
	@Operation(summary = "Published articles for a ticket, in its customer's language",
			description = "At most 10 published articles of the ticket's brand that match q (all when q is empty), "
					+ "newest first, each in the customer's language (else the ticket's) by the fallback chain "
					+ "zh-TW → zh → zh-CN → en, de-AT → de → en, then English, then the first translation. language "
					+ "is the tag shown; fallback is true when it stands in for the customer's own language. "
					+ "Example: /api/v1/tickets/42/article-suggestions?q=customs")
	Slice<SuggestionJson> suggestions(@PathVariable String ticketId, @RequestParam(required = false) @Nullable String q) {
		return new Slice<>(articles.suggestionsFor(TicketId.parse(ticketId), q).stream().map(SuggestionJson::of).toList(),
				null);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
