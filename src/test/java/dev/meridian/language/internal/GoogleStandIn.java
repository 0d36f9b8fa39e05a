package dev.meridian.language.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Google Cloud Translation Basic (v2) as documented: {@code POST /language/translate/v2?key=...} with {@code q},
 * {@code target}, optional {@code source} and {@code format}; HTML is the default format, so without
 * {@code "format": "text"} the translation comes back HTML-escaped, as Google's does. Errors are
 * {@code {"error": {"code", "message", "errors": [...], "status", "details": [...]}}}.
 */
class GoogleStandIn extends ProviderStandIn {

	private static final Set<String> LANGUAGES = Set.of("de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt",
			"pt-PT", "ru", "sv", "tr", "zh-CN", "zh-TW", "zh", "ar", "th", "vi", "id", "he", "iw");

	@Override
	Reply answer(Received request) {
		if (!request.method().equals("POST") || !request.path().equals("/language/translate/v2")) {
			return Reply.json(404, error(404, "Not Found", "notFound", "NOT_FOUND", null));
		}
		if (!VALID_KEY.equals(request.query().get("key"))) {
			return Reply.json(400, error(400, "API key not valid. Please pass a valid API key.", "badRequest",
					"INVALID_ARGUMENT", "API_KEY_INVALID"));
		}
		JsonNode body = parse(request.body());
		if (body == null || text(body) == null || !body.path("target").isString()) {
			return Reply.json(400, error(400, "Required Text", "required", "INVALID_ARGUMENT", null));
		}
		String target = body.path("target").asString();
		String source = body.path("source").isString() ? body.path("source").asString() : null;
		if (!LANGUAGES.contains(target) || (source != null && !LANGUAGES.contains(source))) {
			return Reply.json(400, error(400, "Invalid Value", "invalid", "INVALID_ARGUMENT", null));
		}
		String text = text(body);
		String translation = translate(text, target);
		if (!"text".equals(body.path("format").asString(""))) {
			translation = translation.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;")
				.replace("<", "&lt;").replace(">", "&gt;");
		}
		String detected = source == null ? ", \"detectedSourceLanguage\": \"" + detect(text) + "\"" : "";
		return Reply.json(200, "{\"data\": {\"translations\": [{\"translatedText\": " + quoted(translation) + detected
				+ "}]}}");
	}

	private static @Nullable String text(JsonNode body) {
		JsonNode q = body.path("q");
		if (q.isArray() && q.path(0).isString()) {
			return q.path(0).asString();
		}
		return q.isString() ? q.asString() : null;
	}

	static String error(int code, String message, String reason, String status, @Nullable String detailReason) {
		String details = detailReason == null ? ""
				: ", \"details\": [{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"" + detailReason
						+ "\", \"domain\": \"googleapis.com\", \"metadata\": {\"service\": \"translate.googleapis.com\"}}]";
		return "{\"error\": {\"code\": " + code + ", \"message\": " + quoted(message) + ", \"errors\": [{\"message\": "
				+ quoted(message) + ", \"domain\": \"global\", \"reason\": \"" + reason + "\"}], \"status\": \"" + status
				+ "\"" + details + "}}";
	}

	@Override
	public Reply serverError() {
		return Reply.json(500, error(500, "Internal error encountered.", "backendError", "INTERNAL", null));
	}

	@Override
	Reply rateLimited() {
		return Reply.json(429, error(429, "Quota exceeded for quota metric 'v2 and v3 general model characters' and "
				+ "limit 'v2 and v3 general model characters per minute per user'", "rateLimitExceeded",
				"RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED"));
	}

	@Override
	Reply quotaExceeded() {
		return Reply.json(403, error(403, "Daily Limit Exceeded", "dailyLimitExceeded", "PERMISSION_DENIED", null));
	}

	@Override
	Reply unsupportedLanguage() {
		return Reply.json(400, error(400, "Invalid Value", "invalid", "INVALID_ARGUMENT", null));
	}

	@Override
	public @Nullable String lastTarget() {
		return last().json().path("target").asString(null);
	}

	@Override
	public @Nullable String lastSource() {
		JsonNode source = last().json().path("source");
		return source.isString() ? source.asString() : null;
	}

	@Override
	public @Nullable String lastText() {
		return text(last().json());
	}
}
