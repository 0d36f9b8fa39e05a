package dev.meridian.language.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import dev.meridian.language.Translator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every HTTP provider adapter shares: one JSON POST bounded by the configured timeout, the mapping of network
 * trouble to {@link Reason}s, and failure messages that name the provider and never contain the API key.
 */
abstract class HttpTranslator implements Translator {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Longest piece of a provider's error text quoted in a failure message. */
	private static final int MAX_QUOTE = 300;

	protected final ProviderConnection connection;
	private final HttpClient http;

	HttpTranslator(ProviderConnection connection, HttpClient http) {
		this.connection = connection;
		this.http = http;
	}

	/** The provider's name for people, e.g. "DeepL". */
	abstract String displayName();

	/** A provider's answer: the status and the body as text. */
	record Answer(int status, String body) {

		boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	/** POSTs {@code body} as JSON; answers whatever status came back, throws on network trouble and timeouts. */
	Answer post(URI uri, Map<String, String> headers, JsonNode body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(connection.timeout())
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("Accept", "application/json")
			.header("User-Agent", "Meridian")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		headers.forEach(request::header);
		CompletableFuture<HttpResponse<String>> sent = http.sendAsync(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		try {
			// The request timeout covers the wait for the response headers; this bounds the body as well.
			HttpResponse<String> response = sent.get(connection.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
			return new Answer(response.statusCode(), response.body() == null ? "" : response.body());
		}
		catch (TimeoutException e) {
			sent.cancel(true);
			throw timeout();
		}
		catch (InterruptedException e) {
			sent.cancel(true);
			Thread.currentThread().interrupt();
			throw failure(Reason.UNREACHABLE, "was not asked: the request was interrupted");
		}
		catch (ExecutionException e) {
			throw networkFailure(e.getCause() == null ? e : e.getCause(), uri);
		}
	}

	private TranslationFailure networkFailure(Throwable cause, URI uri) {
		if (cause instanceof HttpConnectTimeoutException) {
			return failure(Reason.UNREACHABLE, "could not be reached at " + uri.getHost() + ": the connection timed out");
		}
		if (cause instanceof HttpTimeoutException) {
			return timeout();
		}
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
				return failure(Reason.UNREACHABLE, "could not be reached: unknown host " + uri.getHost());
			}
			if (t instanceof ConnectException) {
				return failure(Reason.UNREACHABLE, "could not be reached at " + uri.getHost()
						+ (uri.getPort() > 0 ? ":" + uri.getPort() : "") + ": connection refused");
			}
			if (t instanceof SSLException) {
				return failure(Reason.UNREACHABLE, "could not be reached at " + uri.getHost() + ": TLS failed");
			}
		}
		if (cause instanceof IOException) {
			return failure(Reason.UNREACHABLE, "could not be reached at " + uri.getHost() + ": "
					+ cause.getClass().getSimpleName());
		}
		return failure(Reason.UNREACHABLE, "could not be asked: " + cause.getClass().getSimpleName());
	}

	private TranslationFailure timeout() {
		return failure(Reason.TIMEOUT, "did not answer within " + seconds() + " s");
	}

	private String seconds() {
		long millis = connection.timeout().toMillis();
		return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(java.util.Locale.ROOT, "%.1f",
				millis / 1000.0);
	}

	/** The body of a 2xx answer as JSON; anything else is a bad response. */
	JsonNode json(Answer answer) {
		try {
			JsonNode node = JSON.readTree(answer.body());
			if (node == null || node.isMissingNode()) {
				throw failure(Reason.BAD_RESPONSE, "answered with an empty body");
			}
			return node;
		}
		catch (JacksonException e) {
			throw failure(Reason.BAD_RESPONSE, "answered HTTP " + answer.status() + " with something that is not JSON");
		}
	}

	/** The body of an error answer as JSON, or a missing node when it is not JSON (an HTML error page, say). */
	static JsonNode errorBody(Answer answer) {
		try {
			JsonNode node = JSON.readTree(answer.body());
			return node == null ? JSON.missingNode() : node;
		}
		catch (JacksonException e) {
			return JSON.missingNode();
		}
	}

	/**
	 * The usual meaning of an HTTP error status, for what a provider-specific mapping leaves open: 401 and 403 a
	 * rejected key, 408 and 504 a timeout upstream, 413 a text too long, 429 too many requests, 5xx a server error.
	 */
	TranslationFailure byStatus(Answer answer, @Nullable String providerMessage) {
		int status = answer.status();
		String quoted = quote(providerMessage);
		Reason reason;
		String what;
		if (status == 401 || status == 403) {
			reason = Reason.AUTH_FAILED;
			what = "rejected the API key";
		}
		else if (status == 429) {
			reason = Reason.RATE_LIMITED;
			what = "asks to slow down: too many requests";
		}
		else if (status == 413 || status == 414) {
			reason = Reason.TOO_LONG;
			what = "refused the text as too long";
		}
		else if (status == 408 || status == 504) {
			reason = Reason.TIMEOUT;
			what = "timed out";
		}
		else if (status >= 500) {
			reason = Reason.PROVIDER_ERROR;
			what = "had a server error";
		}
		else {
			reason = Reason.REJECTED;
			what = "refused the request";
		}
		return failure(reason, what + " (HTTP " + status + ")" + quoted);
	}

	/** ": <provider's words>", shortened, or nothing. */
	static String quote(@Nullable String providerMessage) {
		if (providerMessage == null || providerMessage.isBlank()) {
			return "";
		}
		String oneLine = providerMessage.strip().replaceAll("\\s+", " ");
		return ": " + (oneLine.length() > MAX_QUOTE ? oneLine.substring(0, MAX_QUOTE) + "…" : oneLine);
	}

	/** A failure whose message starts with the provider's name and has any trace of the API key blanked out. */
	TranslationFailure failure(Reason reason, String what) {
		return new TranslationFailure(reason, redact(displayName() + " " + what));
	}

	String redact(String message) {
		String key = connection.apiKey();
		if (key == null || key.length() < 4) {
			return message;
		}
		String redacted = message.replace(key, "***");
		// Some providers echo a key's first or last characters ("sk-abc…xyz"); blank the longer runs of it too.
		if (key.length() >= 12) {
			redacted = redacted.replace(key.substring(0, key.length() / 2), "***")
				.replace(key.substring(key.length() / 2), "***");
		}
		return redacted;
	}

	/** A string field, or null when absent or not a string. */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

	/** The translated text, or a bad response when the provider's answer has none. */
	String translated(@Nullable JsonNode value) {
		if (value == null || !value.isString()) {
			throw failure(Reason.BAD_RESPONSE, "answered without a translation");
		}
		return value.asString();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + connection + "]";
	}
}
