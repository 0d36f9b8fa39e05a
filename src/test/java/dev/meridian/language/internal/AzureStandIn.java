package dev.meridian.language.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Azure Translator v3 as documented: {@code POST /translate?api-version=3.0&to=..[&from=..]} with
 * {@code Ocp-Apim-Subscription-Key} and, for a regional resource, {@code Ocp-Apim-Subscription-Region}; the body
 * {@code [{"Text": "..."}]}; errors {@code {"error": {"code": 401000, "message": "..."}}}.
 */
class AzureStandIn extends ProviderStandIn {

	static final String REGION = "westeurope";

	private static final Set<String> LANGUAGES = Set.of("ar", "de", "en", "es", "fr", "fr-ca", "id", "it", "ja", "ko",
			"nb", "nl", "pl", "pt", "pt-pt", "ru", "sv", "th", "tr", "vi", "zh-Hans", "zh-Hant");

	@Override
	Reply answer(Received request) {
		if (!request.method().equals("POST") || !request.path().equals("/translate")) {
			return Reply.json(404, error(404000, "The requested resource was not found."));
		}
		if (!VALID_KEY.equals(request.header("Ocp-Apim-Subscription-Key"))
				|| !REGION.equals(request.header("Ocp-Apim-Subscription-Region"))) {
			return Reply.json(401, error(401000,
					"The request is not authorized because credentials are missing or invalid."));
		}
		if (!"3.0".equals(request.query().get("api-version"))) {
			return Reply.json(400, error(400021, "The API version parameter is missing or invalid."));
		}
		String to = request.query().get("to");
		String from = request.query().get("from");
		if (to == null || !LANGUAGES.contains(to)) {
			return Reply.json(400, error(400036, "The target language is not valid."));
		}
		if (from != null && !LANGUAGES.contains(from)) {
			return Reply.json(400, error(400035, "The source language is not valid."));
		}
		JsonNode body = parse(request.body());
		if (body == null || !body.isArray() || !body.path(0).path("Text").isString()) {
			return Reply.json(400, error(400074, "The body of the request is not valid JSON."));
		}
		String text = body.path(0).path("Text").asString();
		String detected = from != null ? ""
				: "\"detectedLanguage\": {\"language\": \"" + azureCode(detect(text)) + "\", \"score\": 1.0}, ";
		return Reply.json(200, "[{" + detected + "\"translations\": [{\"text\": " + quoted(translate(text, to))
				+ ", \"to\": \"" + to + "\"}]}]");
	}

	private static String azureCode(String tag) {
		return switch (tag) {
			case "zh-CN" -> "zh-Hans";
			case "zh-TW" -> "zh-Hant";
			default -> tag;
		};
	}

	static String error(int code, String message) {
		return "{\"error\": {\"code\": " + code + ", \"message\": " + quoted(message) + "}}";
	}

	@Override
	public Reply serverError() {
		return Reply.json(500, error(500000, "An unexpected error occurred."));
	}

	@Override
	Reply rateLimited() {
		return Reply.json(429, error(429001,
				"The server rejected the request because the client has exceeded request limits."));
	}

	@Override
	Reply quotaExceeded() {
		return Reply.json(403, error(403001,
				"The operation isn't allowed because the subscription has exceeded its free quota."));
	}

	@Override
	Reply unsupportedLanguage() {
		return Reply.json(400, error(400036, "The target language is not valid."));
	}

	@Override
	public @Nullable String lastTarget() {
		return last().query().get("to");
	}

	@Override
	public @Nullable String lastSource() {
		return last().query().get("from");
	}

	@Override
	public @Nullable String lastText() {
		return last().json().path(0).path("Text").asString(null);
	}
}
