package dev.meridian.identity.web;

import java.util.List;
import java.util.Locale;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Brands: list, create, edit. A refused form comes back with what the admin typed and the reason. */
@Controller
@RequestMapping("/admin/brands")
class AdminBrandPages {

	record BrandRow(String id, String name, @Nullable String website, List<String> marketplaces, String created) {
	}

	private final Brands brands;
	private final MessageSource messages;

	AdminBrandPages(Brands brands, MessageSource messages) {
		this.brands = brands;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		Viewer viewer = Viewer.of(locale);
		model.addAttribute("brands", brands.all().stream()
			.map(b -> new BrandRow(b.id().toString(), b.name(), b.website(), b.marketplaces(), viewer.date(b.createdAt())))
			.toList());
		return "admin/brands";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, new BrandForm(), null, null);
	}

	@PostMapping
	String create(@ModelAttribute("form") BrandForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			BrandView brand = brands.create(form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("admin.brands.created", new Object[] { brand.name() }, locale));
			return "redirect:/admin/brands";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, null, FormError.of(e, messages, locale));
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		BrandView brand = brands.get(BrandId.parse(id));
		return form(model, BrandForm.of(brand), brand, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") BrandForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		BrandView brand = brands.get(BrandId.parse(id));
		try {
			BrandView saved = brands.update(brand.id(), form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("admin.brands.updated", new Object[] { saved.name() }, locale));
			return "redirect:/admin/brands";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, brand, FormError.of(e, messages, locale));
		}
	}

	private static String form(Model model, BrandForm form, @Nullable BrandView brand, @Nullable FormError error) {
		model.addAttribute("form", form);
		model.addAttribute("brand", brand);
		model.addAttribute("error", error);
		model.addAttribute("knownMarketplaces", AdminChoices.MARKETPLACES);
		return "admin/brand-form";
	}
}
