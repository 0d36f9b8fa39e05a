package dev.meridian.language.internal;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.language.MachineTranslation;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * LibreTranslate: {@code POST /translate} with {@code {"q": "...", "source": "auto"|"en", "target": "de",
 * "format": "text", "api_key": "..."}}; the answer is {@code {"translatedText": "...", "detectedLanguage":
 * {"confidence": 90.0, "language": "en"}}} (the detected language only when the source was {@code auto}). Errors
 * are {@code {"error": "..."}}: 400 a bad request (also "Visit ... to get an API key" when the server needs a key),
 * 403 an invalid key or a ban for too many requests, 429 slow down, 500 a translation error.
 * Chinese is {@code zh-Hans}/{@code zh-Hant} on current servers and {@code zh}/{@code zt} on older self-hosted ones,
 * Brazilian Portuguese {@code pb} on some: when the server says a code "is not supported", the older code is tried.
 */
class LibreTranslateTranslator extends HttpTranslator {

	LibreTranslateTranslator(ProviderConnection connection, HttpClient http) {
		super(connection, http);
	}

	@Override
	public String provider() {
		return "libretranslate";
	}

	@Override
	String displayName() {
		return "LibreTranslate";
	}

	@Override
	public MachineTranslation translate(String text, @Nullable String source, String target) {
		List<String> targets = codes(target);
		List<String> sources = source == null ? List.of("auto") : codes(source);
		int t = 0;
		int s = 0;
		while (true) {
			Answer answer = post(connection.resolve("/translate"), Map.of(), body(text, sources.get(s), targets.get(t)));
			if (answer.ok()) {
				JsonNode json = json(answer);
				return new MachineTranslation(translated(json.path("translatedText")),
						detected(text(json.path("detectedLanguage"), "language")), provider());
			}
			String error = text(errorBody(answer), "error");
			if (answer.status() == 400 && notSupported(error, targets.get(t)) && t + 1 < targets.size()) {
				t++;
			}
			else if (answer.status() == 400 && notSupported(error, sources.get(s)) && s + 1 < sources.size()) {
				s++;
			}
			else {
				throw failure(answer, error);
			}
		}
	}

	private ObjectNode body(String text, String source, String target) {
		ObjectNode body = JSON.createObjectNode();
		body.put("q", text);
		body.put("source", source);
		body.put("target", target);
		body.put("format", "text");
		if (connection.apiKey() != null) {
			body.put("api_key", connection.apiKey());
		}
		return body;
	}

	/** The codes to try for a tag, current first. */
	static List<String> codes(String tag) {
		String language = Tags.language(tag);
		return switch (language) {
			case "zh" -> Tags.traditionalChinese(tag) ? List.of("zh-Hant", "zt") : List.of("zh-Hans", "zh");
			case "pt" -> "BR".equals(Tags.region(tag)) ? List.of("pb", "pt") : List.of("pt");
			case "no", "nn" -> List.of("nb");
			default -> List.of(language);
		};
	}

	static @Nullable String detected(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return switch (code) {
			case "zh-Hans" -> "zh-CN";
			case "zh-Hant", "zt" -> "zh-TW";
			case "pb" -> "pt-BR";
			default -> Tags.canonical(code);
		};
	}

	private static boolean notSupported(@Nullable String error, String code) {
		return error != null && error.toLowerCase(Locale.ROOT).contains(code.toLowerCase(Locale.ROOT))
				&& error.toLowerCase(Locale.ROOT).contains("not supported");
	}

	private TranslationFailure failure(Answer answer, @Nullable String error) {
		String lower = error == null ? "" : error.toLowerCase(Locale.ROOT);
		if (lower.contains("api key")) {
			return failure(Reason.AUTH_FAILED, "rejected the API key or needs one (HTTP " + answer.status() + ")"
					+ quote(error));
		}
		if (answer.status() == 403) {
			// Without "API key" in it, a 403 is the server's ban after too many rate-limit violations.
			return failure(Reason.RATE_LIMITED, "refuses requests for now (HTTP 403)" + quote(error));
		}
		if (answer.status() == 400 && lower.contains("not supported")) {
			return failure(Reason.UNSUPPORTED_LANGUAGE, "cannot translate this language pair (HTTP 400)" + quote(error));
		}
		return byStatus(answer, error);
	}
}
