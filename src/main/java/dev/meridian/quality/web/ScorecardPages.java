package dev.meridian.quality.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.quality.Category;
import dev.meridian.quality.InspectionRules;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardView;
import dev.meridian.quality.Scorecards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What conversations are measured against, for everyone who is measured: each scorecard with its items by category
 * in the viewer's language, and the inspection rules with the item each one counts against. Changes go through the
 * API (docs/quality.md).
 */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class ScorecardPages {

	/** A scorecard as the page shows it: its brand's name and its items by category. */
	record Card(ScorecardView scorecard, String brand, Map<Category, List<ScorecardItem>> items, int maxPoints) {
	}

	private final Scorecards scorecards;
	private final InspectionRules rules;
	private final Brands brands;
	private final QualityLabels labels;

	ScorecardPages(Scorecards scorecards, InspectionRules rules, Brands brands, QualityLabels labels) {
		this.scorecards = scorecards;
		this.rules = rules;
		this.brands = brands;
		this.labels = labels;
	}

	@GetMapping("/quality/scorecards")
	String show(Model model) {
		Map<String, String> brandNames = new LinkedHashMap<>();
		brands.all().forEach((BrandView b) -> brandNames.put(b.id().toString(), b.name()));
		List<Card> cards = new ArrayList<>();
		Map<String, String> itemLabels = new LinkedHashMap<>();
		for (ScorecardView s : scorecards.all()) {
			Map<Category, List<ScorecardItem>> byCategory = new LinkedHashMap<>();
			for (Category c : Category.values()) {
				List<ScorecardItem> items = s.items().stream().filter(i -> i.category() == c).toList();
				if (!items.isEmpty()) {
					byCategory.put(c, items);
				}
			}
			s.items().forEach(i -> itemLabels.putIfAbsent(i.key(), labels.item(i)));
			int max = s.items().stream().mapToInt(ScorecardItem::points).sum();
			cards.add(new Card(s, s.brand() == null ? "" : brandNames.getOrDefault(s.brand().toString(), s.brand().toString()),
					byCategory, max));
		}
		model.addAttribute("cards", cards);
		model.addAttribute("rules", rules.all());
		model.addAttribute("itemLabels", itemLabels);
		return "quality/scorecards";
	}
}
