package dev.meridian.language.internal;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import dev.meridian.language.MachineTranslation;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Google Cloud Translation Basic (v2): {@code POST /language/translate/v2?key=<API key>} with
 * {@code {"q": [...], "target": "de", "source": "en", "format": "text"}}; the answer is
 * {@code {"data": {"translations": [{"translatedText": "...", "detectedSourceLanguage": "en"}]}}}. {@code format}
 * must be {@code text}: the default, HTML, would come back with entities such as {@code &#39;}. Errors are
 * {@code {"error": {"code", "message", "status", "errors": [{"reason"}], "details": [{"reason"}]}}}; an invalid key is a
 * 400 with reason {@code API_KEY_INVALID} / {@code keyInvalid}. Chinese is {@code zh-CN} or {@code zh-TW}.
 */
class GoogleTranslator extends HttpTranslator {

	GoogleTranslator(ProviderConnection connection, HttpClient http) {
		super(connection, http);
	}

	@Override
	public String provider() {
		return "google";
	}

	@Override
	String displayName() {
		return "Google Cloud Translation";
	}

	@Override
	public MachineTranslation translate(String text, @Nullable String source, String target) {
		ObjectNode body = JSON.createObjectNode();
		body.putArray("q").add(text);
		body.put("target", code(target));
		if (source != null) {
			body.put("source", code(source));
		}
		body.put("format", "text");
		String key = connection.apiKey() == null ? "" : connection.apiKey();
		Answer answer = post(
				connection.resolve("/language/translate/v2?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)),
				Map.of(), body);
		if (!answer.ok()) {
			throw failure(answer);
		}
		JsonNode first = json(answer).path("data").path("translations").path(0);
		return new MachineTranslation(translated(first.path("translatedText")),
				detected(text(first, "detectedSourceLanguage")), provider());
	}

	static String code(String tag) {
		String language = Tags.language(tag);
		return switch (language) {
			case "zh" -> Tags.traditionalChinese(tag) ? "zh-TW" : "zh-CN";
			case "pt" -> "PT".equals(Tags.region(tag)) ? "pt-PT" : "pt";
			default -> language;
		};
	}

	static @Nullable String detected(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return switch (code) {
			case "iw" -> "he";
			case "jw" -> "jv";
			default -> Tags.canonical(code);
		};
	}

	private TranslationFailure failure(Answer answer) {
		JsonNode error = errorBody(answer).path("error");
		String message = text(error, "message");
		String reasons = reasons(error).toLowerCase(Locale.ROOT);
		if (reasons.contains("api_key_invalid") || reasons.contains("keyinvalid") || reasons.contains("api_key_")
				|| (message != null && message.contains("API key not valid"))) {
			return failure(Reason.AUTH_FAILED, "rejected the API key (HTTP " + answer.status() + ")" + quote(message));
		}
		if (reasons.contains("ratelimitexceeded") || reasons.contains("rate_limit")) {
			return failure(Reason.RATE_LIMITED, "asks to slow down (HTTP " + answer.status() + ")" + quote(message));
		}
		if (reasons.contains("quota") || reasons.contains("dailylimitexceeded") || reasons.contains("billing")) {
			return failure(Reason.QUOTA_EXCEEDED, "quota exceeded or billing disabled (HTTP " + answer.status() + ")"
					+ quote(message));
		}
		// "Bad language pair: ..." or, for a code Google does not know, "Invalid Value" (reason "invalid"): q and format
		// are always valid as Meridian sends them, so an invalid value is the language.
		if (answer.status() == 400 && message != null && (message.toLowerCase(Locale.ROOT).contains("language")
				|| (message.equals("Invalid Value") && reasons.contains("invalid")))) {
			return failure(Reason.UNSUPPORTED_LANGUAGE, "cannot translate this language pair (HTTP 400)" + quote(message));
		}
		return byStatus(answer, message);
	}

	/** Every {@code reason} and {@code status} in the error, joined, to look for the one that explains it. */
	private static String reasons(JsonNode error) {
		StringBuilder all = new StringBuilder(error.path("status").asString(""));
		for (JsonNode entry : error.path("errors")) {
			all.append(' ').append(entry.path("reason").asString(""));
		}
		for (JsonNode entry : error.path("details")) {
			all.append(' ').append(entry.path("reason").asString(""));
		}
		return all.toString();
	}
}
