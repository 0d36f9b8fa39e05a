package dev.meridian.knowledge.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.identity.Permission;
import dev.meridian.knowledge.ArticleChanges;
import dev.meridian.knowledge.ArticleDraft;
import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.ArticleQuery;
import dev.meridian.knowledge.ArticleStatus;
import dev.meridian.knowledge.ArticleView;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.Articles;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge pages: everyone who works tickets lists, searches and reads the articles; those with knowledge:write
 * create them, change their settings and edit one translation per tab.
 */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class ArticlePages {

	/** Languages offered for a new translation; any other BCP 47 tag can be typed. */
	static final List<String> SUGGESTED_LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pl", "pt", "ja", "ko",
			"zh-CN", "zh-TW");

	private final Articles articles;
	private final Brands brands;
	private final MessageSource messages;

	ArticlePages(Articles articles, Brands brands, MessageSource messages) {
		this.articles = articles;
		this.brands = brands;
		this.messages = messages;
	}

	@GetMapping("/knowledge/articles")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String brand,
			@RequestParam(required = false) @Nullable String visibility,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String cursor, @AuthenticationPrincipal AgentPrincipal me,
			Model model) {
		ArticleQuery query = new ArticleQuery(q, blank(language) ? null : language,
				blank(brand) ? null : BrandId.parse(brand), blank(visibility) ? null : ArticleVisibility.parse(visibility),
				blank(status) ? null : ArticleStatus.parse(status));
		Slice<ArticleView> page = articles.list(query, PageRequest.of(PageRequest.DEFAULT_LIMIT, cursor));
		String viewer = me.locale().toLanguageTag();
		model.addAttribute("rows", page.items().stream()
			.map(a -> new Row(a, Articles.shownIn(a, viewer).map(s -> s.shown().title()).orElse("")))
			.toList());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("filter", new Filter(q == null ? "" : q, brand == null ? "" : brand,
				visibility == null ? "" : visibility, status == null ? "" : status, language == null ? "" : language));
		model.addAttribute("brands", brandNames());
		model.addAttribute("visibilities", ArticleVisibility.values());
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("mayWrite", me.may(Permission.KNOWLEDGE_WRITE));
		return "knowledge/articles";
	}

	@GetMapping("/knowledge/articles/new")
	@PreAuthorize("hasAuthority('knowledge:write')")
	String createForm(@AuthenticationPrincipal AgentPrincipal me, Model model) {
		return newForm(model, me, new ArticleForm(), null);
	}

	@PostMapping("/knowledge/articles")
	@PreAuthorize("hasAuthority('knowledge:write')")
	String create(ArticleForm form, @AuthenticationPrincipal AgentPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			String tag = form.language == null ? "" : form.language;
			ArticleView created = articles.create(new ArticleDraft(brandOf(form), form.category,
					ArticleVisibility.parse(form.visibility), ArticleStatus.parse(form.status),
					Map.of(tag, new TranslationDraft(form.title, form.body))), me.id());
			redirect.addFlashAttribute("flash", messages.getMessage("knowledge.articles.created",
					new Object[] { form.title.strip() }, locale));
			return "redirect:/knowledge/articles/" + created.id();
		}
		catch (DomainException e) {
			response.setStatus(KnowledgeErrors.status(e).value());
			return newForm(model, me, form, KnowledgeErrors.message(e, messages, locale));
		}
	}

	/** The article: its settings and one tab per translation; editable for those with knowledge:write. */
	@GetMapping("/knowledge/articles/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) @Nullable String tab,
			@AuthenticationPrincipal AgentPrincipal me, Model model) {
		return page(model, me, articles.get(ArticleId.parse(id)), tab, null, null);
	}

	@PostMapping("/knowledge/articles/{id}")
	@PreAuthorize("hasAuthority('knowledge:write')")
	String update(@PathVariable String id, @RequestParam(required = false) @Nullable String category,
			@RequestParam String visibility, @RequestParam String status, @AuthenticationPrincipal AgentPrincipal me,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		ArticleId articleId = ArticleId.parse(id);
		try {
			articles.update(articleId, new ArticleChanges(category == null ? "" : category,
					ArticleVisibility.parse(visibility), ArticleStatus.parse(status)), me.id());
			redirect.addFlashAttribute("flash", messages.getMessage("knowledge.articles.saved", null, locale));
			return "redirect:/knowledge/articles/" + articleId;
		}
		catch (DomainException e) {
			response.setStatus(KnowledgeErrors.status(e).value());
			return page(model, me, articles.get(articleId), null, KnowledgeErrors.message(e, messages, locale), null);
		}
	}

	/** Saves one translation: a new language (the "add a language" tab) or an edit of an existing one. */
	@PostMapping("/knowledge/articles/{id}/translations")
	@PreAuthorize("hasAuthority('knowledge:write')")
	String saveTranslation(@PathVariable String id, @RequestParam String language, @RequestParam String title,
			@RequestParam(required = false) @Nullable String body, @AuthenticationPrincipal AgentPrincipal me,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		ArticleId articleId = ArticleId.parse(id);
		try {
			String tag = LanguageTag.normalize(language);
			articles.putTranslation(articleId, tag, new TranslationDraft(title, body == null ? "" : body), me.id());
			redirect.addFlashAttribute("flash", messages.getMessage("knowledge.translations.saved",
					new Object[] { LanguageTag.displayName(tag, locale) }, locale));
			return "redirect:/knowledge/articles/" + articleId + "?tab=" + tag;
		}
		catch (DomainException e) {
			response.setStatus(KnowledgeErrors.status(e).value());
			return page(model, me, articles.get(articleId), language, KnowledgeErrors.message(e, messages, locale),
					new Draft(language, title, body == null ? "" : body));
		}
	}

	@PostMapping("/knowledge/articles/{id}/translations/{language}/delete")
	@PreAuthorize("hasAuthority('knowledge:write')")
	String deleteTranslation(@PathVariable String id, @PathVariable String language,
			@AuthenticationPrincipal AgentPrincipal me, RedirectAttributes redirect, Locale locale) {
		ArticleId articleId = ArticleId.parse(id);
		articles.deleteTranslation(articleId, language, me.id());
		redirect.addFlashAttribute("flash", messages.getMessage("knowledge.translations.deleted",
				new Object[] { LanguageTag.displayName(language, locale) }, locale));
		return "redirect:/knowledge/articles/" + articleId;
	}

	@PostMapping("/knowledge/articles/{id}/delete")
	@PreAuthorize("hasAuthority('knowledge:write')")
	String delete(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		articles.delete(ArticleId.parse(id));
		redirect.addFlashAttribute("flash", messages.getMessage("knowledge.articles.deleted", null, locale));
		return "redirect:/knowledge/articles";
	}

	private String page(Model model, AgentPrincipal me, ArticleView article, @Nullable String tab,
			@Nullable String error, @Nullable Draft draft) {
		String active = tab != null && article.translations().containsKey(tab) ? tab
				: draft != null ? "" : Articles.shownIn(article, me.locale().toLanguageTag())
					.map(s -> s.language()).orElse("");
		model.addAttribute("article", article);
		model.addAttribute("activeTab", active);
		model.addAttribute("heading", Articles.shownIn(article, active.isEmpty() ? me.locale().toLanguageTag() : active)
			.map(s -> s.shown().title()).orElse(""));
		model.addAttribute("error", error);
		model.addAttribute("draft", draft == null ? new Draft("", "", "") : draft);
		model.addAttribute("brandName", brandNames().getOrDefault(article.brand().toString(), article.brand().toString()));
		model.addAttribute("visibilities", ArticleVisibility.values());
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("mayWrite", me.may(Permission.KNOWLEDGE_WRITE));
		model.addAttribute("suggestedLanguages", SUGGESTED_LANGUAGES.stream()
			.filter(tag -> !article.translations().containsKey(tag))
			.map(tag -> new LanguageOption(tag, LanguageTag.displayName(tag, me.locale())))
			.toList());
		return "knowledge/article";
	}

	private String newForm(Model model, AgentPrincipal me, ArticleForm form, @Nullable String error) {
		if (form.language == null || form.language.isBlank()) {
			form.language = "en";
		}
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("brands", brandNames());
		model.addAttribute("visibilities", ArticleVisibility.values());
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("suggestedLanguages", SUGGESTED_LANGUAGES.stream()
			.map(tag -> new LanguageOption(tag, LanguageTag.displayName(tag, me.locale())))
			.toList());
		return "knowledge/article-new";
	}

	private Map<String, String> brandNames() {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		for (BrandView brand : brands.all()) {
			names.put(brand.id().toString(), brand.name());
		}
		return names;
	}

	private static BrandId brandOf(ArticleForm form) {
		if (blank(form.brand)) {
			throw DomainException.malformed("article.brand_required", "name the brand the article belongs to");
		}
		return BrandId.parse(form.brand);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** The list row: the article and its title in the viewer's own language, or the nearest one. */
	record Row(ArticleView article, String title) {
	}

	record Filter(String q, String brand, String visibility, String status, String language) {
	}

	/** A translation that was not saved, kept so the writer loses nothing. */
	record Draft(String language, String title, String body) {
	}

	record LanguageOption(String tag, String name) {
	}

	/** The new-article form: the article's settings and its first translation. */
	static class ArticleForm {

		@Nullable String brand;
		String category = "";
		String visibility = "internal";
		String status = "draft";
		@Nullable String language;
		String title = "";
		String body = "";

		public @Nullable String getBrand() {
			return brand;
		}

		public void setBrand(@Nullable String brand) {
			this.brand = brand;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(@Nullable String category) {
			this.category = category == null ? "" : category;
		}

		public String getVisibility() {
			return visibility;
		}

		public void setVisibility(@Nullable String visibility) {
			this.visibility = visibility == null ? "internal" : visibility;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(@Nullable String status) {
			this.status = status == null ? "draft" : status;
		}

		public @Nullable String getLanguage() {
			return language;
		}

		public void setLanguage(@Nullable String language) {
			this.language = language;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title == null ? "" : title;
		}

		public String getBody() {
			return body;
		}

		public void setBody(@Nullable String body) {
			this.body = body == null ? "" : body;
		}
	}
}
