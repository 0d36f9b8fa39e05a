package dev.meridian.knowledge.web;

import dev.meridian.identity.Brands;
import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.ArticleStatus;
import dev.meridian.knowledge.ArticleView;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.Articles;
import dev.meridian.knowledge.ShownArticle;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer's view of a public, published article, which the link an agent inserts into a reply opens: in the
 * language the link names, else by the fallback chain. Anything else, an internal SOP included, does not exist here.
 */
@Controller
class HelpCentrePage {

	private final Articles articles;
	private final Brands brands;

	HelpCentrePage(Articles articles, Brands brands) {
		this.articles = articles;
		this.brands = brands;
	}

	@GetMapping("/help/articles/{id}")
	ModelAndView show(@PathVariable String id, @RequestParam(required = false) @Nullable String lang) {
		ArticleView article;
		try {
			article = articles.get(ArticleId.parse(id));
		}
		catch (DomainException e) {
			return missing();
		}
		if (article.visibility() != ArticleVisibility.PUBLIC || article.status() != ArticleStatus.PUBLISHED) {
			return missing();
		}
		ShownArticle shown = Articles.shownIn(article, lang).orElse(null);
		if (shown == null) {
			return missing();
		}
		ModelAndView view = new ModelAndView("knowledge/help-article");
		view.addObject("shown", shown);
		view.addObject("brand", brands.get(article.brand()).name());
		return view;
	}

	private static ModelAndView missing() {
		ModelAndView view = new ModelAndView("knowledge/help-article", HttpStatus.NOT_FOUND);
		view.addObject("shown", null);
		view.addObject("brand", "");
		return view;
	}
}
