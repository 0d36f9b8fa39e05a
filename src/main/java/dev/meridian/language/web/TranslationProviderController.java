package dev.meridian.language.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.language.ProviderCheck;
import dev.meridian.language.ProviderDraft;
import dev.meridian.language.ProviderDraft.KeyChange;
import dev.meridian.language.ProviderKind;
import dev.meridian.language.ProviderSettings;
import dev.meridian.language.TranslationProviders;
import dev.meridian.language.UsageReport;
import dev.meridian.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/translation")
@Tag(name = "Translation")
class TranslationProviderController {

	private static final Set<String> FIELDS = Set.of("kind", "baseUrl", "model", "region", "timeoutSeconds", "apiKey");

	private final TranslationProviders providers;

	TranslationProviderController(TranslationProviders providers) {
		this.providers = providers;
	}

	@GetMapping("/provider")
	@PreAuthorize("hasAuthority('translation:configure')")
	@Operation(summary = "The machine translation provider", description = "The API key is never returned; "
			+ "apiKeySet says whether one is stored. effectiveBaseUrl is where requests go.")
	ProviderSettings get() {
		return providers.settings();
	}

	@PutMapping("/provider")
	@PreAuthorize("hasAuthority('translation:configure')")
	@Operation(summary = "Configure the machine translation provider", description = "kind is none, deepl, google, "
			+ "azure, libretranslate or openai-compatible. Example: {\"kind\": \"deepl\", \"apiKey\": \"…:fx\"}; "
			+ "{\"kind\": \"azure\", \"apiKey\": \"…\", \"region\": \"westeurope\"}; {\"kind\": \"openai-compatible\", "
			+ "\"baseUrl\": \"http://ollama:11434\", \"model\": \"llama3.1:8b\", \"timeoutSeconds\": 60}. baseUrl, "
			+ "model, region and timeoutSeconds are replaced as given (left out: the provider's default). apiKey left out "
			+ "keeps the stored key (unless kind changes: a key never goes to another provider); null or \"\" removes it.")
	ProviderSettings put(@RequestBody JsonNode body, @AuthenticationPrincipal AgentPrincipal me) {
		return providers.configure(draft(body), me.id());
	}

	@PostMapping("/provider/test")
	@PreAuthorize("hasAuthority('translation:configure')")
	@Operation(summary = "Test the provider", description = "Translates \"Where is my order?\" into German with the "
			+ "configured provider, bypassing the cache. Answers {\"ok\": true, \"sample\": \"Wo ist meine Bestellung?\"} "
			+ "or {\"ok\": false, \"reason\": \"auth_failed\", \"message\": \"…\"}.")
	ProviderCheck test() {
		return providers.test();
	}

	@GetMapping("/usage")
	@PreAuthorize("hasAuthority('translation:configure')")
	@Operation(summary = "Translation usage per provider", description = "Requests (failed ones included), "
			+ "failures, characters translated and cache hits per provider between from and to (UTC dates, both "
			+ "included; default: the current month).")
	UsageReport usage(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return providers.usage(date(from, "from"), date(to, "to"));
	}

	private static @Nullable LocalDate date(@Nullable String text, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.malformed("request.invalid_parameter", name + " is a date such as 2026-11-01");
		}
	}

	/** Read by hand, so that a left-out apiKey (keep it) differs from "apiKey": null (remove it). */
	static ProviderDraft draft(JsonNode body) {
		if (!body.isObject()) {
			throw DomainException.malformed("request.malformed", "the body must be a JSON object");
		}
		for (String field : body.propertyNames()) {
			if (!FIELDS.contains(field)) {
				throw DomainException.malformed("request.malformed", "unknown field '" + field + "'; known: " + FIELDS);
			}
		}
		String kind = text(body, "kind");
		if (kind == null) {
			throw DomainException.malformed("translation.kind_required",
					"kind is required: none, deepl, google, azure, libretranslate or openai-compatible");
		}
		JsonNode timeout = body.get("timeoutSeconds");
		if (timeout != null && !timeout.isNull() && !timeout.canConvertToInt()) {
			throw DomainException.malformed("request.malformed", "timeoutSeconds must be a whole number");
		}
		JsonNode apiKey = body.get("apiKey");
		KeyChange keyChange;
		if (apiKey == null) {
			keyChange = new KeyChange.Keep();
		}
		else if (apiKey.isNull() || (apiKey.isString() && apiKey.asString().isBlank())) {
			keyChange = new KeyChange.Remove();
		}
		else if (apiKey.isString()) {
			keyChange = new KeyChange.Set(apiKey.asString());
		}
		else {
			throw DomainException.malformed("request.malformed", "apiKey must be a string");
		}
		return new ProviderDraft(ProviderKind.parse(kind), text(body, "baseUrl"), text(body, "model"),
				text(body, "region"), timeout == null || timeout.isNull() ? null : timeout.asInt(), keyChange);
	}

	private static @Nullable String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw DomainException.malformed("request.malformed", field + " must be a string");
		}
		return value.asString();
	}
}
