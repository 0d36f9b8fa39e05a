package dev.meridian.quality.web;

import java.util.List;
import java.util.Locale;

import dev.meridian.identity.Brands;
import dev.meridian.quality.Category;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardId;
import dev.meridian.quality.ScorecardView;
import dev.meridian.quality.Scorecards;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Channel;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and changing scorecards, for QA leads and admins. Saving goes through {@link Scorecards} as the API does,
 * so changed items make a new version and the reviews scored before keep theirs.
 */
@Controller
@PreAuthorize("hasAuthority('quality:configure')")
class ScorecardEditPages {

	private final Scorecards scorecards;
	private final Brands brands;
	private final MessageSource messages;

	ScorecardEditPages(Scorecards scorecards, Brands brands, MessageSource messages) {
		this.scorecards = scorecards;
		this.brands = brands;
		this.messages = messages;
	}

	@GetMapping("/quality/scorecards/new")
	String createForm(Model model) {
		return form(model, ScorecardForm.blank(), null, null, null);
	}

	@PostMapping("/quality/scorecards")
	String create(@ModelAttribute("form") ScorecardForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			ScorecardView created = scorecards.create(form.toDraft());
			redirect.addFlashAttribute("notice", "quality.scorecards.created");
			return "redirect:/quality/scorecards/" + created.id();
		}
		catch (DomainException e) {
			return refused(e, form, null, model, response, locale);
		}
	}

	@GetMapping("/quality/scorecards/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		ScorecardView scorecard = scorecards.get(ScorecardId.parse(id));
		return form(model, ScorecardForm.of(scorecard), scorecard, null, null);
	}

	@PostMapping("/quality/scorecards/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") ScorecardForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		ScorecardView before = scorecards.get(ScorecardId.parse(id));
		try {
			ScorecardView saved = scorecards.update(before.id(), form.toDraft());
			redirect.addFlashAttribute("notice", saved.version() == before.version() ? "quality.scorecards.saved"
					: "quality.scorecards.saved_version");
			return "redirect:/quality/scorecards/" + saved.id();
		}
		catch (DomainException e) {
			return refused(e, form, before, model, response, locale);
		}
	}

	private String refused(DomainException e, ScorecardForm form, @Nullable ScorecardView scorecard, Model model,
			HttpServletResponse response, Locale locale) {
		String error = QualityFormErrors.message(e, messages, locale, key -> form.getItems().stream()
			.filter(r -> r.getKey().equals(key) && !r.getName().isBlank())
			.map(r -> r.getName().strip())
			.findFirst()
			.orElse(key), response);
		String badItem = e.details().isEmpty() ? null : e.details().get(0);
		form.pad();
		return form(model, form, scorecard, error, badItem);
	}

	private String form(Model model, ScorecardForm form, @Nullable ScorecardView scorecard, @Nullable String error,
			@Nullable String badItem) {
		model.addAttribute("form", form);
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("error", error);
		model.addAttribute("badItem", badItem);
		model.addAttribute("brands", brands.all());
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("categories", List.of(Category.values()));
		model.addAttribute("types", List.of(ItemType.values()));
		return "quality/scorecard-form";
	}
}
