package dev.meridian.language.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM) as documented: {@code POST
 * /v1/chat/completions}, {@code Authorization: Bearer <key>}, {@code model} and {@code messages}; the answer's
 * {@code choices[0].message.content}; errors {@code {"error": {"message", "type", "param", "code"}}}. Its "model"
 * translates by putting the language it was asked for in brackets before the user's message.
 */
class OpenAiCompatibleStandIn extends ProviderStandIn {

	static final String MODEL = "test-model";

	private static final Pattern INTO = Pattern.compile("into (.+?)\\. Reply");
	private static final Pattern FROM = Pattern.compile("from (.+?) into ");

	@Override
	Reply answer(Received request) {
		if (!request.method().equals("POST") || !request.path().equals("/v1/chat/completions")) {
			return Reply.json(404, error("Unknown request URL: " + request.path(), "invalid_request_error",
					"unknown_url"));
		}
		if (!("Bearer " + VALID_KEY).equals(request.header("Authorization"))) {
			return Reply.json(401, error("Incorrect API key provided: wr****33. You can find your API key at "
					+ "https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key"));
		}
		JsonNode body = parse(request.body());
		if (body == null || !body.path("messages").isArray()) {
			return Reply.json(400, error("'messages' is a required property", "invalid_request_error", null));
		}
		if (!MODEL.equals(body.path("model").asString(""))) {
			return Reply.json(404, error("The model `" + body.path("model").asString("") + "` does not exist or you do "
					+ "not have access to it.", "invalid_request_error", "model_not_found"));
		}
		String system = system(body);
		String user = user(body);
		Matcher into = INTO.matcher(system == null ? "" : system);
		if (user == null || !into.find()) {
			return Reply.json(200, completion("I am not sure what you want me to translate."));
		}
		return Reply.json(200, completion(translate(user, into.group(1))));
	}

	private static String completion(String content) {
		return "{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"created\": 1764000000, \"model\": \"" + MODEL
				+ "\", \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": "
				+ quoted(content) + "}, \"finish_reason\": \"stop\"}], "
				+ "\"usage\": {\"prompt_tokens\": 60, \"completion_tokens\": 12, \"total_tokens\": 72}}";
	}

	static String error(String message, String type, @Nullable String code) {
		return "{\"error\": {\"message\": " + quoted(message) + ", \"type\": \"" + type + "\", \"param\": null, "
				+ "\"code\": " + (code == null ? "null" : "\"" + code + "\"") + "}}";
	}

	private static @Nullable String system(JsonNode body) {
		for (JsonNode message : body.path("messages")) {
			if ("system".equals(message.path("role").asString(""))) {
				return message.path("content").asString(null);
			}
		}
		return null;
	}

	private static @Nullable String user(JsonNode body) {
		for (JsonNode message : body.path("messages")) {
			if ("user".equals(message.path("role").asString(""))) {
				return message.path("content").asString(null);
			}
		}
		return null;
	}

	@Override
	public Reply serverError() {
		return Reply.json(500, error("The server had an error while processing your request. Sorry about that!",
				"server_error", null));
	}

	@Override
	Reply rateLimited() {
		return Reply.json(429, error("Rate limit reached for test-model on requests per min (RPM): Limit 3, Used 3.",
				"requests", "rate_limit_exceeded"));
	}

	@Override
	Reply quotaExceeded() {
		return Reply.json(429, error("You exceeded your current quota, please check your plan and billing details.",
				"insufficient_quota", "insufficient_quota"));
	}

	@Override
	@Nullable Reply unsupportedLanguage() {
		return null;
	}

	@Override
	public @Nullable String lastTarget() {
		Matcher into = INTO.matcher(String.valueOf(system(last().json())));
		return into.find() ? into.group(1) : null;
	}

	@Override
	public @Nullable String lastSource() {
		Matcher from = FROM.matcher(String.valueOf(system(last().json())));
		return from.find() ? from.group(1) : null;
	}

	@Override
	public @Nullable String lastText() {
		return user(last().json());
	}
}
