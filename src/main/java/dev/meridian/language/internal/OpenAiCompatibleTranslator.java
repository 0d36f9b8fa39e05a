package dev.meridian.language.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.Map;

import dev.meridian.language.MachineTranslation;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI itself, or a local model served by Ollama or vLLM):
 * {@code POST /v1/chat/completions} with {@code Authorization: Bearer <key>} (left out when no key is set) and
 * {@code {"model": "...", "temperature": 0, "messages": [{"role": "system", ...}, {"role": "user", ...}]}}; the
 * answer is {@code {"choices": [{"message": {"role": "assistant", "content": "..."}, "finish_reason": "stop"}]}}.
 * Errors are {@code {"error": {"message", "type", "code"}}}: 401 a bad key, 404 an unknown model, 429 too many
 * requests or {@code insufficient_quota}. The target language is named in the instructions in English
 * ("Simplified Chinese (zh-CN)"); a chat model does not report the source language.
 */
class OpenAiCompatibleTranslator extends HttpTranslator {

	OpenAiCompatibleTranslator(ProviderConnection connection, HttpClient http) {
		super(connection, http);
	}

	@Override
	public String provider() {
		return "openai-compatible";
	}

	@Override
	String displayName() {
		return "The OpenAI-compatible endpoint";
	}

	@Override
	public MachineTranslation translate(String text, @Nullable String source, String target) {
		ObjectNode body = JSON.createObjectNode();
		body.put("model", connection.model() == null ? "" : connection.model());
		body.put("temperature", 0);
		ArrayNode messages = body.putArray("messages");
		messages.addObject().put("role", "system").put("content", instructions(source, target));
		messages.addObject().put("role", "user").put("content", text);
		Answer answer = post(endpoint(),
				connection.apiKey() == null ? Map.of() : Map.of("Authorization", "Bearer " + connection.apiKey()), body);
		if (!answer.ok()) {
			throw failure(answer);
		}
		JsonNode choice = json(answer).path("choices").path(0);
		if ("length".equals(text(choice, "finish_reason"))) {
			throw failure(Reason.BAD_RESPONSE, "stopped before the translation was complete (finish_reason length)");
		}
		String translation = translated(choice.path("message").path("content")).strip();
		if (translation.isEmpty()) {
			throw failure(Reason.BAD_RESPONSE, "answered with an empty translation");
		}
		return new MachineTranslation(translation, null, provider());
	}

	/** {@code /v1/chat/completions} under the base URL; a base URL that already ends in {@code /v1} is taken as is. */
	URI endpoint() {
		String path = connection.baseUrl().getPath();
		return connection.resolve(path != null && path.replaceAll("/+$", "").endsWith("/v1") ? "/chat/completions"
				: "/v1/chat/completions");
	}

	static String instructions(@Nullable String source, String target) {
		return "You translate customer-service messages. Translate the user's message "
				+ (source == null ? "" : "from " + languageName(source) + " ") + "into " + languageName(target)
				+ ". Reply with the translation only: no explanations, no notes, no quotation marks around it. "
				+ "Keep the line breaks, names, order and tracking numbers, URLs and email addresses unchanged.";
	}

	/** The language named in English, with its tag: "Simplified Chinese (zh-CN)", "German (de)". */
	static String languageName(String tag) {
		Locale locale = Locale.forLanguageTag(tag);
		String region = locale.getCountry();
		String name = switch (locale.getLanguage()) {
			case "zh" -> Tags.traditionalChinese(tag) ? "Traditional Chinese" : "Simplified Chinese";
			case "pt" -> "BR".equals(region) ? "Brazilian Portuguese" : "PT".equals(region) ? "European Portuguese"
					: "Portuguese";
			case "en" -> "GB".equals(region) ? "British English" : "US".equals(region) ? "American English" : "English";
			default -> region.isEmpty() ? locale.getDisplayLanguage(Locale.ENGLISH)
					: locale.getDisplayLanguage(Locale.ENGLISH) + " as written in "
							+ locale.getDisplayCountry(Locale.ENGLISH);
		};
		return name + " (" + tag + ")";
	}

	private TranslationFailure failure(Answer answer) {
		JsonNode error = errorBody(answer).path("error");
		// Some servers answer {"error": "..."} instead of an object.
		String message = error.isString() ? error.asString() : text(error, "message");
		String code = text(error, "code");
		String type = text(error, "type");
		if ("insufficient_quota".equals(code) || "insufficient_quota".equals(type)) {
			return failure(Reason.QUOTA_EXCEEDED, "quota exceeded (HTTP " + answer.status() + ")" + quote(message));
		}
		if (answer.status() == 404) {
			return failure(Reason.REJECTED, "answered HTTP 404: unknown model " + connection.model()
					+ " or a wrong base URL" + quote(message));
		}
		return byStatus(answer, message);
	}
}
