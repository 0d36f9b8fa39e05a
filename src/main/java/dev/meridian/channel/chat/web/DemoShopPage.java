package dev.meridian.channel.chat.web;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /demo/shop?brand=1}: a shop page that embeds the brand's chat widget, to try the widget and for the
 * browser tests; {@code transport=sse} makes the widget skip the WebSocket.
 */
@Controller
class DemoShopPage {

	private final Brands brands;

	DemoShopPage(Brands brands) {
		this.brands = brands;
	}

	@GetMapping("/demo/shop")
	String shop(@RequestParam String brand, @RequestParam(required = false) @Nullable String transport, Model model) {
		model.addAttribute("brand", brands.get(BrandId.parse(brand)));
		model.addAttribute("transport", "sse".equals(transport) ? "sse" : null);
		return "chat/demo-shop";
	}
}
