package dev.meridian.channel.email.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for mailboxes that sign in with OAuth 2, obtained with the refresh-token grant (RFC 6749 section 6)
 * and kept until shortly before they expire. A refresh token the provider rotates is stored at once. When the
 * provider refuses the grant (RFC 6749 section 5.2: revoked consent, wrong client), its answer is stored on the
 * mailbox for the admin and the provider is not asked again for {@link #ASK_AGAIN_AFTER}, unless the admin saves
 * new OAuth settings or tests the connection: polls, IDLE reconnects and send retries would otherwise hammer it.
 */
@Component
public class OAuthTokens {

	static final Duration ASK_AGAIN_AFTER = Duration.ofHours(1);
	/** A token this close to its end is renewed before use: a mail session may last a while after sign-in. */
	private static final Duration MARGIN = Duration.ofSeconds(60);
	/** How long a token lasts when the provider does not say (expires_in is only recommended). */
	private static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(10);
	private static final int MAX_QUOTE = 300;
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Logger log = LoggerFactory.getLogger(OAuthTokens.class);

	private record Key(long mailboxId, MailServer server) {
	}

	/** An access token and whether it came from the cache (then the server may still turn it down). */
	public record Token(String value, boolean cached) {
	}

	private record Cached(String value, Instant renewAt) {
	}

	private final MailboxRepository mailboxes;
	private final SecretCipher cipher;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	// what the provider said is kept even when the caller's transaction is read-only (the connection test) or rolls back
	private final TransactionTemplate ownTransaction;
	private final EmailSettings settings;
	private final Clock clock;
	private final HttpClient http;
	private final Map<Key, Cached> tokens = new ConcurrentHashMap<>();
	private final Map<Key, Object> locks = new ConcurrentHashMap<>();

	OAuthTokens(MailboxRepository mailboxes, SecretCipher cipher, JdbcClient jdbc, PlatformTransactionManager transactions,
			EmailSettings settings, Clock clock) {
		this.mailboxes = mailboxes;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * An access token for the server's OAuth login. {@code fresh} skips the cache and the pause after a refusal: the
	 * server turned the cached token down, or an admin tests the connection.
	 */
	public Token token(long mailboxId, MailServer server, boolean fresh) throws TokenRequestFailed {
		Key key = new Key(mailboxId, server);
		synchronized (locks.computeIfAbsent(key, k -> new Object())) {
			Cached cached = tokens.get(key);
			if (!fresh && cached != null && clock.instant().isBefore(cached.renewAt())) {
				return new Token(cached.value(), true);
			}
			tokens.remove(key);
			Mailbox mailbox = transaction.execute(s -> mailboxes.findById(mailboxId).orElse(null));
			OAuthLogin login = mailbox == null ? null : server.oauth(mailbox);
			if (login == null) {
				throw new TokenRequestFailed("the mailbox has no OAuth 2 login for " + server, true);
			}
			if (!fresh && login.refused() != null && login.refusedAt() != null
					&& clock.instant().isBefore(login.refusedAt().plus(ASK_AGAIN_AFTER))) {
				throw new TokenRequestFailed(login.refused() + " (Meridian asks again after "
						+ login.refusedAt().plus(ASK_AGAIN_AFTER) + ", or at once when new OAuth settings are saved)", true);
			}
			Cached obtained = request(mailboxId, server, login);
			tokens.put(key, obtained);
			return new Token(obtained.value(), false);
		}
	}

	/** The mailbox's settings changed or it was deleted: tokens obtained for the old login are not used again. */
	public void forget(long mailboxId) {
		tokens.keySet().removeIf(key -> key.mailboxId() == mailboxId);
	}

	private Cached request(long mailboxId, MailServer server, OAuthLogin login) throws TokenRequestFailed {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", cipher.decrypt(login.refreshToken()));
		form.put("client_id", login.clientId());
		if (login.clientSecret() != null) {
			form.put("client_secret", cipher.decrypt(login.clientSecret()));
		}
		if (login.scope() != null) {
			form.put("scope", login.scope());
		}
		HttpRequest request = HttpRequest.newBuilder(login.tokenEndpoint())
			.timeout(settings.connectTimeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("User-Agent", "Meridian")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build();
		String endpoint = login.tokenEndpoint().getHost();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new TokenRequestFailed("the OAuth token endpoint at " + endpoint + " could not be reached: "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), false);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new TokenRequestFailed("interrupted while asking " + endpoint + " for an access token", false);
		}
		JsonNode body = json(response.body());
		if (response.statusCode() == 200 && body != null && body.path("access_token").isString()) {
			return accepted(mailboxId, server, login, body);
		}
		if ((response.statusCode() == 400 || response.statusCode() == 401) && body != null
				&& body.path("error").isString()) {
			throw refused(mailboxId, server, endpoint, body.path("error").asString(),
					body.path("error_description").isString() ? body.path("error_description").asString() : null);
		}
		throw new TokenRequestFailed("the OAuth token endpoint at " + endpoint + " answered " + response.statusCode()
				+ " without an access token: " + quote(response.body()), false);
	}

	private Cached accepted(long mailboxId, MailServer server, OAuthLogin login, JsonNode body) throws TokenRequestFailed {
		String type = body.path("token_type").isString() ? body.path("token_type").asString() : "bearer";
		if (!type.equalsIgnoreCase("bearer")) {
			throw new TokenRequestFailed("the OAuth provider handed out a '" + type
					+ "' token; mail servers take bearer tokens only", false);
		}
		Instant now = clock.instant();
		Duration lifetime = expiresIn(body.path("expires_in"));
		Duration margin = lifetime.dividedBy(2).compareTo(MARGIN) < 0 ? lifetime.dividedBy(2) : MARGIN;
		String rotated = body.path("refresh_token").isString() ? body.path("refresh_token").asString() : null;
		if (rotated != null && !rotated.isBlank() && !rotated.equals(cipher.decrypt(login.refreshToken()))) {
			// only over the token we started from: a refresh token an admin saved meanwhile stays
			String encrypted = cipher.encrypt(rotated);
			ownTransaction.executeWithoutResult(s -> jdbc.sql("update mailbox set " + server.oauthColumn("refresh_token")
					+ " = :rotated where id = :id and " + server.oauthColumn("refresh_token") + " = :used")
				.param("rotated", encrypted).param("id", mailboxId).param("used", login.refreshToken()).update());
		}
		if (login.refused() != null) {
			ownTransaction.executeWithoutResult(s -> jdbc.sql("update mailbox set " + server.oauthColumn("refused")
					+ " = null, " + server.oauthColumn("refused_at") + " = null where id = :id").param("id", mailboxId).update());
		}
		return new Cached(body.path("access_token").asString(), now.plus(lifetime).minus(margin));
	}

	private TokenRequestFailed refused(long mailboxId, MailServer server, String endpoint, String error,
			@Nullable String description) {
		String meaning = switch (error) {
			case "invalid_grant" -> "the refresh token is no longer accepted (consent revoked, password changed, token "
					+ "expired or replaced): obtain a new refresh token and save it";
			case "invalid_client", "unauthorized_client" -> "the provider does not accept the client id or secret";
			case "invalid_scope" -> "the provider does not grant the requested scope";
			default -> "the provider refused to hand out an access token";
		};
		String message = "OAuth " + error + " from " + endpoint + ": " + meaning
				+ (description == null || description.isBlank() ? "" : " (" + quote(description) + ")");
		log.warn("Mailbox {}: the OAuth provider refused the {} login: {}", mailboxId, server, message);
		ownTransaction.executeWithoutResult(s -> jdbc.sql("update mailbox set " + server.oauthColumn("refused")
				+ " = :message, " + server.oauthColumn("refused_at") + " = :at where id = :id")
			.param("message", message.length() > 2000 ? message.substring(0, 2000) : message)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("id", mailboxId).update());
		return new TokenRequestFailed(message, true);
	}

	private static Duration expiresIn(JsonNode value) {
		long seconds = value.isNumber() ? value.asLong()
				: value.isString() && value.asString().matches("\\d{1,9}") ? Long.parseLong(value.asString()) : -1;
		return seconds > 0 ? Duration.ofSeconds(seconds) : ASSUMED_LIFETIME;
	}

	private static @Nullable JsonNode json(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(body);
			return node.isObject() ? node : null;
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String quote(@Nullable String text) {
		String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return plain.length() <= MAX_QUOTE ? plain : plain.substring(0, MAX_QUOTE) + "…";
	}
}
