package dev.meridian.quality.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Permission;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.identity.Role;
import dev.meridian.quality.Category;
import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.InspectionRules;
import dev.meridian.quality.SamplingPlanDraft;
import dev.meridian.quality.SamplingPlanId;
import dev.meridian.quality.SamplingPlanView;
import dev.meridian.quality.SamplingPlans;
import dev.meridian.quality.SamplingRun;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;
import dev.meridian.quality.ScorecardId;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionView;
import dev.meridian.quality.ScorecardView;
import dev.meridian.quality.Scorecards;
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
 * What conversations are measured against, for everyone who is measured: each scorecard with its items by category
 * in the viewer's language, the inspection rules with the item each one counts against, and the sampling plans, whose
 * reviewers, share and state admins change here; and each scorecard's versions, so that an agent sees what an old
 * review was scored with. Scorecards and rules are edited on their own pages (ScorecardEditPages, RulePages).
 */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class ScorecardPages {

	/** A scorecard as the page shows it: its brand's name and its items by category. */
	record Card(ScorecardView scorecard, String brand, Map<Category, List<ScorecardItem>> items, int maxPoints) {
	}

	/** One item of a version, and whether it is new or different from the version before. */
	record VersionItem(ScorecardItem item, @Nullable String change) {
	}

	/** A version as the history shows it: its items by category and the items it dropped. */
	record VersionCard(ScorecardVersionView version, boolean current, Map<Category, List<VersionItem>> items,
			List<ScorecardItem> removed) {
	}

	private final Scorecards scorecards;
	private final InspectionRules rules;
	private final SamplingPlans plans;
	private final Agents agents;
	private final Brands brands;
	private final QualityLabels labels;

	ScorecardPages(Scorecards scorecards, InspectionRules rules, SamplingPlans plans, Agents agents, Brands brands,
			QualityLabels labels) {
		this.scorecards = scorecards;
		this.rules = rules;
		this.plans = plans;
		this.agents = agents;
		this.brands = brands;
		this.labels = labels;
	}

	/** An admin changes a plan's reviewers, share and state; the rest of a plan is set through the API. */
	@PostMapping("/quality/plans/{id}")
	@PreAuthorize("hasAuthority('quality:configure')")
	String savePlan(@PathVariable String id, @RequestParam(defaultValue = "0") int sharePercent,
			@RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(name = "reviewer", required = false) @Nullable List<String> reviewers, Model model,
			RedirectAttributes redirect) {
		SamplingPlanView plan = plans.get(SamplingPlanId.parse(id));
		try {
			plans.update(plan.id(), new SamplingPlanDraft(plan.name(), plan.kind(), sharePercent, plan.tag(),
					plan.maxScore(), enabled,
					reviewers == null ? List.of() : reviewers.stream().map(AgentId::parse).toList()));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", "quality.error." + e.code());
			return "redirect:/quality/scorecards#plan-" + id;
		}
		redirect.addFlashAttribute("notice", "quality.plans.saved");
		return "redirect:/quality/scorecards#plan-" + id;
	}

	/** Samples the current week now, as the nightly job does for the week before. */
	@PostMapping("/quality/plans/{id}/run")
	@PreAuthorize("hasAuthority('quality:configure')")
	String runPlan(@PathVariable String id, RedirectAttributes redirect) {
		SamplingRun run = plans.run(SamplingPlanId.parse(id), LocalDate.now(ZoneOffset.UTC));
		// Flash attributes live in the JDBC session: plain numbers, not the record.
		redirect.addFlashAttribute("runAssigned", run.assigned());
		redirect.addFlashAttribute("runUnassigned", run.unassigned());
		return "redirect:/quality/scorecards#plan-" + id;
	}

	@GetMapping("/quality/scorecards/{id}")
	String history(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me, Model model) {
		ScorecardView scorecard = scorecards.get(ScorecardId.parse(id));
		List<ScorecardVersionView> all = scorecards.versions(scorecard.id());
		List<VersionCard> cards = new ArrayList<>();
		for (int i = all.size() - 1; i >= 0; i--) {
			ScorecardVersionView version = all.get(i);
			boolean first = i == 0;
			Map<String, ScorecardItem> before = new LinkedHashMap<>();
			if (!first) {
				all.get(i - 1).items().forEach(item -> before.put(item.key(), item));
			}
			Map<Category, List<VersionItem>> byCategory = new LinkedHashMap<>();
			for (Category c : Category.values()) {
				List<VersionItem> items = version.items().stream()
					.filter(item -> item.category() == c)
					.map(item -> new VersionItem(item, first ? null
							: !before.containsKey(item.key()) ? "added" : before.get(item.key()).equals(item) ? null : "changed"))
					.toList();
				if (!items.isEmpty()) {
					byCategory.put(c, items);
				}
			}
			List<ScorecardItem> removed = before.values().stream()
				.filter(old -> version.item(old.key()).isEmpty())
				.toList();
			cards.add(new VersionCard(version, version.number() == scorecard.version(), byCategory, removed));
		}
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("brand", scorecard.brand() == null ? "" : brands.get(scorecard.brand()).name());
		model.addAttribute("versions", cards);
		model.addAttribute("canConfigure", me.may(Permission.QUALITY_CONFIGURE));
		return "quality/scorecard";
	}

	@GetMapping("/quality/scorecards")
	String show(@AuthenticationPrincipal AgentPrincipal me, Model model) {
		model.addAttribute("canConfigure", me.may(Permission.QUALITY_CONFIGURE));
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
		List<InspectionRuleView> allRules = rules.all();
		Map<String, String> ruleLanguages = new LinkedHashMap<>();
		allRules.forEach(r -> ruleLanguages.put(r.id().toString(),
				String.join(" · ", new TreeSet<>(RuleForm.listsOf(r.spec()).keySet()))));
		model.addAttribute("rules", allRules);
		model.addAttribute("ruleLanguages", ruleLanguages);
		model.addAttribute("itemLabels", itemLabels);
		model.addAttribute("plans", plans.all());
		List<AgentView> reviewers = agents.all().stream()
			.filter(a -> a.enabled() && a.role() != Role.INTEGRATION)
			.sorted(java.util.Comparator.comparing(AgentView::name))
			.toList();
		model.addAttribute("reviewerChoices", reviewers);
		return "quality/scorecards";
	}
}
