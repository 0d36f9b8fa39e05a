package dev.meridian.quality.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.meridian.quality.InspectionRuleDraft;
import dev.meridian.quality.InspectionRuleId;
import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.InspectionRules;
import dev.meridian.quality.Party;
import dev.meridian.quality.RequiredElement;
import dev.meridian.quality.ScorecardView;
import dev.meridian.quality.Scorecards;
import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, changing, switching and deleting inspection rules, for QA leads and admins, through
 * {@link InspectionRules} as the API does. The rules are listed on the scorecards page.
 */
@Controller
@PreAuthorize("hasAuthority('quality:configure')")
class RulePages {

	private static final String LIST = "redirect:/quality/scorecards#rules-title";

	private final InspectionRules rules;
	private final Scorecards scorecards;
	private final QualityLabels labels;
	private final MessageSource messages;

	RulePages(InspectionRules rules, Scorecards scorecards, QualityLabels labels, MessageSource messages) {
		this.rules = rules;
		this.scorecards = scorecards;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping("/quality/rules/new")
	String createForm(Model model) {
		return form(model, RuleForm.blank(), null, null);
	}

	@PostMapping("/quality/rules")
	String create(@ModelAttribute("form") RuleForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			rules.create(form.toDraft());
			redirect.addFlashAttribute("notice", "quality.rules.created");
			return LIST;
		}
		catch (DomainException e) {
			return refused(e, form, null, model, response, locale);
		}
	}

	@GetMapping("/quality/rules/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		InspectionRuleView rule = rules.get(InspectionRuleId.parse(id));
		return form(model, RuleForm.of(rule), rule, null);
	}

	@PostMapping("/quality/rules/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") RuleForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		InspectionRuleView rule = rules.get(InspectionRuleId.parse(id));
		try {
			rules.update(rule.id(), form.toDraft());
			redirect.addFlashAttribute("notice", "quality.rules.saved");
			return LIST;
		}
		catch (DomainException e) {
			return refused(e, form, rule, model, response, locale);
		}
	}

	/** Switches a rule on or off and leaves the rest of it as it is. */
	@PostMapping("/quality/rules/{id}/enabled")
	String switchRule(@PathVariable String id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		InspectionRuleView rule = rules.get(InspectionRuleId.parse(id));
		rules.update(rule.id(), new InspectionRuleDraft(rule.name(), rule.item(), enabled, rule.spec()));
		redirect.addFlashAttribute("notice", enabled ? "quality.rules.switched_on" : "quality.rules.switched_off");
		return LIST;
	}

	@PostMapping("/quality/rules/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		rules.delete(InspectionRuleId.parse(id));
		redirect.addFlashAttribute("notice", "quality.rules.deleted");
		return LIST;
	}

	private String refused(DomainException e, RuleForm form, @Nullable InspectionRuleView rule, Model model,
			HttpServletResponse response, Locale locale) {
		String error = QualityFormErrors.message(e, messages, locale, UnaryOperator.identity(), response);
		form.pad();
		return form(model, form, rule, error);
	}

	private String form(Model model, RuleForm form, @Nullable InspectionRuleView rule, @Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("rule", rule);
		model.addAttribute("error", error);
		model.addAttribute("items", itemChoices(form.getItem()));
		model.addAttribute("kinds", RuleForm.KINDS);
		model.addAttribute("targets", List.of(Party.values()));
		model.addAttribute("elements", List.of(RequiredElement.values()));
		return "quality/rule-form";
	}

	/** The items of every scorecard by key, in the viewer's words, and the rule's own item if no scorecard has it. */
	private Map<String, String> itemChoices(String current) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (ScorecardView scorecard : scorecards.all()) {
			scorecard.items().forEach(i -> choices.putIfAbsent(i.key(), labels.item(i)));
		}
		if (!current.isBlank()) {
			choices.putIfAbsent(current, labels.item(current, null));
		}
		return choices;
	}
}
