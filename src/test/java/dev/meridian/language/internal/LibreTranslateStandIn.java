package dev.meridian.language.internal;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * LibreTranslate as documented: {@code POST /translate} with {@code q}, {@code source} ({@code auto} to detect),
 * {@code target}, {@code format} and {@code api_key}; the detected language only when the source was {@code auto};
 * errors {@code {"error": "..."}}. A current server knows Chinese as {@code zh-Hans}/{@code zh-Hant}; an older one
 * ({@link #legacy()}) only as {@code zh}/{@code zt}, and says "zh-Hans is not supported" otherwise.
 */
class LibreTranslateStandIn extends ProviderStandIn {

	private static final Set<String> COMMON = Set.of("ar", "de", "en", "es", "fr", "id", "it", "ja", "ko", "nb", "nl",
			"pl", "pt", "pb", "ru", "sv", "th", "tr", "vi");

	private final Set<String> languages = new HashSet<>(COMMON);

	LibreTranslateStandIn() {
		languages.addAll(Set.of("zh-Hans", "zh-Hant"));
	}

	/** From now on, behave like an older server that knows Chinese as zh and zt only. */
	LibreTranslateStandIn legacy() {
		languages.removeAll(Set.of("zh-Hans", "zh-Hant"));
		languages.addAll(Set.of("zh", "zt"));
		return this;
	}

	@Override
	Reply answer(Received request) {
		if (!request.method().equals("POST") || !request.path().equals("/translate")) {
			return Reply.json(404, "{\"error\": \"Not Found\"}");
		}
		JsonNode body = parse(request.body());
		if (body == null || !body.isObject()) {
			return Reply.json(400, "{\"error\": \"Invalid JSON format\"}");
		}
		JsonNode key = body.path("api_key");
		if (!key.isString() || key.asString().isEmpty()) {
			return Reply.json(400, "{\"error\": \"Visit https://portal.libretranslate.com to get an API key\"}");
		}
		if (!VALID_KEY.equals(key.asString())) {
			return Reply.json(403, "{\"error\": \"Invalid API key\"}");
		}
		if (!body.path("q").isString()) {
			return Reply.json(400, "{\"error\": \"Invalid request: missing q parameter\"}");
		}
		String source = body.path("source").asString("");
		String target = body.path("target").asString("");
		if (source.isEmpty()) {
			return Reply.json(400, "{\"error\": \"Invalid request: missing source parameter\"}");
		}
		if (!source.equals("auto") && !languages.contains(source)) {
			return Reply.json(400, "{\"error\": " + quoted(source + " is not supported") + "}");
		}
		if (!languages.contains(target)) {
			return Reply.json(400, "{\"error\": " + quoted(target + " is not supported") + "}");
		}
		String text = body.path("q").asString();
		String detected = !source.equals("auto") ? ""
				: ", \"detectedLanguage\": {\"confidence\": 90.0, \"language\": \"" + code(detect(text)) + "\"}";
		return Reply.json(200, "{\"translatedText\": " + quoted(translate(text, target)) + detected + "}");
	}

	private String code(String tag) {
		boolean legacy = languages.contains("zt");
		return switch (tag) {
			case "zh-CN" -> legacy ? "zh" : "zh-Hans";
			case "zh-TW" -> legacy ? "zt" : "zh-Hant";
			default -> tag;
		};
	}

	@Override
	public Reply serverError() {
		return Reply.json(500, "{\"error\": \"Cannot translate text: model failed to load\"}");
	}

	@Override
	Reply rateLimited() {
		return Reply.json(429, "{\"error\": \"Slowdown: 80 per 1 minute\"}");
	}

	@Override
	@Nullable Reply quotaExceeded() {
		return null;
	}

	@Override
	Reply unsupportedLanguage() {
		return Reply.json(400, "{\"error\": \"tlh is not supported\"}");
	}

	@Override
	public @Nullable String lastTarget() {
		return last().json().path("target").asString(null);
	}

	@Override
	public @Nullable String lastSource() {
		String source = last().json().path("source").asString(null);
		return "auto".equals(source) ? null : source;
	}

	@Override
	public @Nullable String lastText() {
		return last().json().path("q").asString(null);
	}
}
