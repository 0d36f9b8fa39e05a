package dev.meridian.channel.chat.web;

import java.util.List;

import dev.meridian.channel.chat.ChatOrigins;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/brands/{id}/chat-origins}: the websites allowed to embed the brand's chat widget. {@code PUT}
 * replaces the list, e.g. {@code {"origins": ["https://shop.example"]}}; origins are normalized (lower case, no
 * default port) and anything that is not an http(s) origin is refused with {@code chat.invalid_origin}.
 */
@RestController
@PreAuthorize("hasAuthority('directory:write')")
class ChatOriginsApi {

	record OriginsJson(List<String> origins) {
	}

	private final ChatOrigins origins;
	private final Brands brands;

	ChatOriginsApi(ChatOrigins origins, Brands brands) {
		this.origins = origins;
		this.brands = brands;
	}

	@GetMapping("/api/v1/brands/{id}/chat-origins")
	OriginsJson get(@PathVariable String id) {
		BrandId brand = BrandId.parse(id);
		brands.get(brand);
		return new OriginsJson(origins.of(brand));
	}

	@PutMapping("/api/v1/brands/{id}/chat-origins")
	OriginsJson put(@PathVariable String id, @RequestBody OriginsJson body) {
		return new OriginsJson(origins.replace(BrandId.parse(id), body.origins() == null ? List.of() : body.origins()));
	}

}
