package dev.meridian.channel.chat.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.channel.chat.ChatOrigins;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Admin: {@code /admin/brands/{id}/chat}, the brand's allowed origins (one per line) and its embed code. */
@Controller
@PreAuthorize("hasAuthority('directory:write')")
class ChatOriginPages {

	record FormError(String message) {
		public boolean on(String field) {
			return true;
		}
	}

	private final ChatOrigins origins;
	private final Brands brands;
	private final MessageSource messages;

	ChatOriginPages(ChatOrigins origins, Brands brands, MessageSource messages) {
		this.origins = origins;
		this.brands = brands;
		this.messages = messages;
	}

	@GetMapping("/admin/brands/{id}/chat")
	String show(@PathVariable String id, HttpServletRequest request, Model model) {
		BrandView brand = brands.get(BrandId.parse(id));
		return page(brand, String.join("\n", origins.of(brand.id())), request, model);
	}

	@PostMapping("/admin/brands/{id}/chat")
	String save(@PathVariable String id, @RequestParam(defaultValue = "") String origins, HttpServletRequest request,
			Model model, RedirectAttributes redirect, Locale locale) {
		BrandView brand = brands.get(BrandId.parse(id));
		List<String> lines = Arrays.stream(origins.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
		try {
			this.origins.replace(brand.id(), lines);
		}
		catch (DomainException e) {
			model.addAttribute("error", new FormError(e.getMessage()));
			return page(brand, origins, request, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("chat.admin.saved", null, locale));
		return "redirect:/admin/brands/" + brand.id() + "/chat";
	}

	private static String page(BrandView brand, String originsText, HttpServletRequest request, Model model) {
		String base = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
		model.addAllAttributes(Map.of("brand", brand, "origins", originsText, "embed",
				"<script src=\"" + base + "/widget.js?brand=" + brand.id() + "\" async></script>"));
		return "chat/origins";
	}
}
