package dev.meridian.language.internal;

import java.net.http.HttpClient;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.meridian.language.MachineTranslation;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DeepL API v2: {@code POST /v2/translate} with {@code Authorization: DeepL-Auth-Key <key>} and a JSON body
 * {@code {"text": [...], "target_lang": "DE", "source_lang": "EN"}}; the answer is
 * {@code {"translations": [{"detected_source_language": "EN", "text": "..."}]}}. Errors carry {@code message} (and
 * sometimes {@code detail}); 403 is a bad key, 456 the character quota used up, 429 too many requests.
 * Target languages need a variant for English, Portuguese and Chinese (EN-US, PT-BR, ZH-HANS, ZH-HANT); source
 * languages never take one.
 */
class DeepLTranslator extends HttpTranslator {

	/** English of these regions is closer to British than to American spelling. */
	private static final Set<String> BRITISH_ENGLISH = Set.of("GB", "IE", "AU", "NZ", "ZA", "IN");

	DeepLTranslator(ProviderConnection connection, HttpClient http) {
		super(connection, http);
	}

	@Override
	public String provider() {
		return "deepl";
	}

	@Override
	String displayName() {
		return "DeepL";
	}

	@Override
	public MachineTranslation translate(String text, @Nullable String source, String target) {
		ObjectNode body = JSON.createObjectNode();
		body.putArray("text").add(text);
		body.put("target_lang", targetCode(target));
		if (source != null) {
			body.put("source_lang", sourceCode(source));
		}
		Answer answer = post(connection.resolve("/v2/translate"),
				connection.apiKey() == null ? Map.of() : Map.of("Authorization", "DeepL-Auth-Key " + connection.apiKey()),
				body);
		if (!answer.ok()) {
			throw failure(answer);
		}
		JsonNode first = json(answer).path("translations").path(0);
		return new MachineTranslation(translated(first.path("text")),
				Tags.canonical(text(first, "detected_source_language")), provider());
	}

	static String targetCode(String tag) {
		String language = Tags.language(tag);
		return switch (language) {
			case "zh" -> Tags.traditionalChinese(tag) ? "ZH-HANT" : "ZH-HANS";
			case "en" -> BRITISH_ENGLISH.contains(Tags.region(tag)) ? "EN-GB" : "EN-US";
			// Lingua says "pt" without a region; Brazil is by far the larger market.
			case "pt" -> "PT".equals(Tags.region(tag)) ? "PT-PT" : "PT-BR";
			case "no", "nn" -> "NB";
			default -> language.toUpperCase(Locale.ROOT);
		};
	}

	static String sourceCode(String tag) {
		String language = Tags.language(tag);
		return switch (language) {
			case "no", "nn" -> "NB";
			default -> language.toUpperCase(Locale.ROOT);
		};
	}

	private TranslationFailure failure(Answer answer) {
		JsonNode error = errorBody(answer);
		String message = text(error, "message");
		String detail = text(error, "detail");
		String said = message == null ? detail : detail == null ? message : message + " (" + detail + ")";
		return switch (answer.status()) {
			case 403 -> failure(Reason.AUTH_FAILED, "rejected the API key (HTTP 403)" + quote(said)
					+ ". A free key (ending in :fx) needs the base URL https://api-free.deepl.com");
			case 456 -> failure(Reason.QUOTA_EXCEEDED, "quota exceeded (HTTP 456)" + quote(said));
			case 400 -> said != null && said.toLowerCase(Locale.ROOT).contains("lang")
					? failure(Reason.UNSUPPORTED_LANGUAGE, "cannot translate this language pair (HTTP 400)" + quote(said))
					: byStatus(answer, said);
			default -> byStatus(answer, said);
		};
	}
}
