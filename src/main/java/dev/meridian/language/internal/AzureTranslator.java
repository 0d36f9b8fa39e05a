package dev.meridian.language.internal;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.meridian.language.MachineTranslation;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Azure Translator v3: {@code POST /translate?api-version=3.0&to=de[&from=en]} with
 * {@code Ocp-Apim-Subscription-Key} (and {@code Ocp-Apim-Subscription-Region} for a regional or multi-service
 * resource) and a body {@code [{"Text": "..."}]}; the answer is
 * {@code [{"detectedLanguage": {"language": "en", "score": 1.0}, "translations": [{"text": "...", "to": "de"}]}]}.
 * Errors are {@code {"error": {"code": 401000, "message": "..."}}}: the six-digit code starts with the HTTP status;
 * 403001 is the free tier's quota, 400035/400036 an unsupported source/target language. Chinese is
 * {@code zh-Hans} or {@code zh-Hant}.
 */
class AzureTranslator extends HttpTranslator {

	AzureTranslator(ProviderConnection connection, HttpClient http) {
		super(connection, http);
	}

	@Override
	public String provider() {
		return "azure";
	}

	@Override
	String displayName() {
		return "Azure Translator";
	}

	@Override
	public MachineTranslation translate(String text, @Nullable String source, String target) {
		ArrayNode body = JSON.createArrayNode();
		body.addObject().put("Text", text);
		String query = "/translate?api-version=3.0&to=" + encode(code(target))
				+ (source == null ? "" : "&from=" + encode(code(source)));
		Map<String, String> headers = new LinkedHashMap<>();
		if (connection.apiKey() != null) {
			headers.put("Ocp-Apim-Subscription-Key", connection.apiKey());
		}
		if (connection.region() != null) {
			headers.put("Ocp-Apim-Subscription-Region", connection.region());
		}
		Answer answer = post(connection.resolve(query), headers, body);
		if (!answer.ok()) {
			throw failure(answer);
		}
		JsonNode first = json(answer).path(0);
		return new MachineTranslation(translated(first.path("translations").path(0).path("text")),
				detected(text(first.path("detectedLanguage"), "language")), provider());
	}

	static String code(String tag) {
		String language = Tags.language(tag);
		return switch (language) {
			case "zh" -> Tags.traditionalChinese(tag) ? "zh-Hant" : "zh-Hans";
			case "pt" -> "PT".equals(Tags.region(tag)) ? "pt-pt" : "pt";
			case "fr" -> "CA".equals(Tags.region(tag)) ? "fr-ca" : "fr";
			case "no", "nn" -> "nb";
			default -> language;
		};
	}

	static @Nullable String detected(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return switch (code) {
			case "zh-Hans" -> "zh-CN";
			case "zh-Hant" -> "zh-TW";
			default -> Tags.canonical(code);
		};
	}

	private TranslationFailure failure(Answer answer) {
		JsonNode error = errorBody(answer).path("error");
		String message = text(error, "message");
		long code = error.path("code").asLong(0);
		if (code == 403001) {
			return failure(Reason.QUOTA_EXCEEDED, "quota exceeded (" + code + ")" + quote(message));
		}
		if (code == 400035 || code == 400036 || code == 400019) {
			return failure(Reason.UNSUPPORTED_LANGUAGE, "cannot translate this language pair (" + code + ")"
					+ quote(message));
		}
		if (answer.status() == 401) {
			return failure(Reason.AUTH_FAILED, "rejected the key or region (HTTP 401" + (code > 0 ? ", " + code : "")
					+ ")" + quote(message));
		}
		return byStatus(answer, code > 0 ? code + " " + (message == null ? "" : message) : message);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
