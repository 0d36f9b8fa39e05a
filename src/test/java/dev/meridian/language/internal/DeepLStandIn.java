package dev.meridian.language.internal;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * DeepL API v2 as documented: {@code POST /v2/translate}, {@code Authorization: DeepL-Auth-Key <key>}, a JSON body
 * with {@code text} (an array) and {@code target_lang}; source languages without a variant; errors as
 * {@code {"message": "..."}} with 403 for a bad key, 456 for the quota, 429 for too many requests.
 */
public class DeepLStandIn extends ProviderStandIn {

	private static final Set<String> TARGETS = Set.of("AR", "BG", "CS", "DA", "DE", "EL", "EN", "EN-GB", "EN-US", "ES",
			"ET", "FI", "FR", "HU", "ID", "IT", "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT", "PT-BR", "PT-PT", "RO",
			"RU", "SK", "SL", "SV", "TR", "UK", "ZH", "ZH-HANS", "ZH-HANT");

	private static final Set<String> SOURCES = Set.of("AR", "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR",
			"HU", "ID", "IT", "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT", "RO", "RU", "SK", "SL", "SV", "TR", "UK",
			"ZH");

	@Override
	Reply answer(Received request) {
		if (!request.method().equals("POST") || !request.path().equals("/v2/translate")) {
			return Reply.json(404, "{\"message\": \"Not found\"}");
		}
		if (!("DeepL-Auth-Key " + VALID_KEY).equals(request.header("Authorization"))) {
			return Reply.json(403, "{\"message\": \"Forbidden\", \"detail\": \"Authorization failure, check auth_key\"}");
		}
		JsonNode body = parse(request.body());
		if (body == null || !body.path("text").isArray() || body.path("text").isEmpty()
				|| !body.path("text").path(0).isString()) {
			return Reply.json(400, "{\"message\": \"Bad request. Reason: Parameter 'text' not specified.\"}");
		}
		String target = body.path("target_lang").asString("");
		if (!TARGETS.contains(target.toUpperCase(Locale.ROOT))) {
			return Reply.json(400, "{\"message\": \"Value for 'target_lang' not supported.\"}");
		}
		String source = body.path("source_lang").isString() ? body.path("source_lang").asString() : null;
		if (source != null && !SOURCES.contains(source.toUpperCase(Locale.ROOT))) {
			return Reply.json(400, "{\"message\": \"Value for 'source_lang' not supported.\"}");
		}
		String text = body.path("text").path(0).asString();
		String detected = source != null ? source.toUpperCase(Locale.ROOT)
				: detect(text).substring(0, 2).toUpperCase(Locale.ROOT);
		return Reply.json(200, "{\"translations\": [{\"detected_source_language\": \"" + detected + "\", \"text\": "
				+ quoted(translate(text, target)) + "}]}");
	}

	@Override
	public Reply serverError() {
		return Reply.json(500, "{\"message\": \"Internal server error\"}");
	}

	@Override
	Reply rateLimited() {
		return Reply.json(429, "{\"message\": \"Too many requests\"}");
	}

	@Override
	Reply quotaExceeded() {
		return Reply.json(456, "{\"message\": \"Quota exceeded\"}");
	}

	@Override
	Reply unsupportedLanguage() {
		return Reply.json(400, "{\"message\": \"Value for 'target_lang' not supported.\"}");
	}

	@Override
	public @Nullable String lastTarget() {
		return last().json().path("target_lang").asString(null);
	}

	@Override
	public @Nullable String lastSource() {
		JsonNode source = last().json().path("source_lang");
		return source.isString() ? source.asString() : null;
	}

	@Override
	public @Nullable String lastText() {
		return last().json().path("text").path(0).asString(null);
	}
}
