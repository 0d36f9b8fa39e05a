package dev.meridian.channel.chat.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.channel.chat.ChatMessage;
import dev.meridian.channel.chat.internal.ChatConversations;
import dev.meridian.channel.chat.internal.ChatRateLimits;
import dev.meridian.channel.chat.internal.ChatRefused;
import dev.meridian.channel.chat.internal.VisitorConnections;
import dev.meridian.channel.chat.internal.VisitorTokens;
import dev.meridian.channel.chat.internal.VisitorTokens.Visitor;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.shared.ApiError;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.NewAttachment;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * The widget over HTTP: the script itself ({@code /widget.js?brand=..}, its texts in the visitor's language), the
 * visitor's session, messages (JSON, or multipart with a file), typing, the offline message, and the server-sent
 * event stream that replaces the WebSocket where a proxy blocks it. Every call but the script carries the
 * visitor's {@code token}.
 */
@RestController
class WidgetController {

	/** The widget's languages; a visitor's browser language picks one, English otherwise. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE,
			Locale.TRADITIONAL_CHINESE, Locale.JAPANESE, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));

	static final List<String> TEXTS = List.of("open", "close", "title", "greeting", "placeholder", "send", "attach",
			"prechat_intro", "name", "email", "start", "offline_title", "offline_intro", "offline_send", "offline_sent",
			"agent_typing", "reconnecting", "failed", "too_fast", "you", "agent", "powered");

	private final VisitorTokens tokens;
	private final ChatConversations conversations;
	private final VisitorConnections connections;
	private final ChatRateLimits limits;
	private final Brands brands;
	private final MessageSource messages;
	private final ObjectMapper json;
	private final String source;

	WidgetController(VisitorTokens tokens, ChatConversations conversations, VisitorConnections connections,
			ChatRateLimits limits, Brands brands, MessageSource messages, ObjectMapper json) {
		this.tokens = tokens;
		this.conversations = conversations;
		this.connections = connections;
		this.limits = limits;
		this.brands = brands;
		this.messages = messages;
		this.json = json;
		try (InputStream in = new ClassPathResource("dev/meridian/channel/chat/widget.js").getInputStream()) {
			this.source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping(path = "/widget.js", produces = "text/javascript;charset=UTF-8")
	ResponseEntity<String> script(@RequestParam String brand, HttpServletRequest request) {
		BrandId brandId = BrandId.parse(brand);
		brands.get(brandId);
		Locale locale = language(request);
		Map<String, String> texts = new LinkedHashMap<>();
		for (String key : TEXTS) {
			texts.put(key, messages.getMessage("chat.widget." + key, null, locale));
		}
		Map<String, Object> config = Map.of("base", ServletUriComponentsBuilder.fromContextPath(request).toUriString(),
				"brand", brandId.toString(), "lang", locale.toLanguageTag(), "maxFile", ChatConversations.MAX_FILE);
		String script = "/* Meridian chat widget */\n(function (T, C) {\n" + source + "\n})("
				+ json.writeValueAsString(texts) + ", " + json.writeValueAsString(config) + ");\n";
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.varyBy("Accept-Language")
			.body(script);
	}

	/** The visitor's browser language among the widget's, like {@code zh-HK} → Traditional Chinese. */
	static Locale language(HttpServletRequest request) {
		for (Locale wanted : java.util.Collections.list(request.getLocales())) {
			if (wanted.getLanguage().equals("zh")) {
				String tag = wanted.toLanguageTag();
				boolean traditional = tag.contains("Hant") || tag.endsWith("-TW") || tag.endsWith("-HK")
						|| tag.endsWith("-MO");
				return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
			}
			for (Locale offered : LANGUAGES) {
				if (offered.getLanguage().equals(wanted.getLanguage())) {
					return offered;
				}
			}
		}
		return Locale.ENGLISH;
	}

	record SessionRequest(@Nullable String token) {
	}

	/** Starts or resumes a visitor: a valid token of this brand keeps its visitor, anything else gets a new one. */
	@PostMapping("/widget/api/session")
	Map<String, Object> session(@RequestParam String brand, @RequestBody(required = false) @Nullable SessionRequest body) {
		BrandId brandId = BrandId.parse(brand);
		brands.get(brandId);
		String token = body == null || body.token() == null ? null : body.token();
		Visitor visitor = token == null ? null : tokens.verify(brandId, token).orElse(null);
		if (visitor == null) {
			token = tokens.issue(brandId);
			visitor = tokens.verify(brandId, token).orElseThrow();
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token", token);
		answer.put("available", conversations.anyoneAvailable(visitor));
		answer.put("items", conversations.messagesAfter(visitor, 0));
		return answer;
	}

	@GetMapping("/widget/api/messages")
	Map<String, Object> messages(@RequestParam String brand, @RequestParam String token,
			@RequestParam(defaultValue = "0") long after) {
		Visitor visitor = visitor(brand, token);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("items", conversations.messagesAfter(visitor, after));
		answer.put("available", conversations.anyoneAvailable(visitor));
		return answer;
	}

	record PostMessage(String clientId, @Nullable String text, @Nullable String name, @Nullable String email) {
	}

	@PostMapping(path = "/widget/api/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	ChatMessage post(@RequestParam String brand, @RequestParam String token, @RequestBody PostMessage body) {
		Visitor visitor = visitor(brand, token);
		limits.message(visitor.id());
		return stored(visitor, conversations.post(visitor, body.clientId(), body.text(), body.name(), body.email(),
				null));
	}

	@PostMapping(path = "/widget/api/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ChatMessage upload(@RequestParam String brand, @RequestParam String token, @RequestParam String clientId,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String email, @RequestParam MultipartFile file) throws IOException {
		Visitor visitor = visitor(brand, token);
		limits.message(visitor.id());
		if (file.getSize() > ChatConversations.MAX_FILE) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "chat.file_too_large",
					"a file has at most " + ChatConversations.MAX_FILE / (1024 * 1024) + " MB");
		}
		String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
				: file.getOriginalFilename();
		NewAttachment attachment = new NewAttachment(fileName,
				file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType(),
				file.getBytes());
		return stored(visitor, conversations.post(visitor, clientId, text, name, email, attachment));
	}

	private ChatMessage stored(Visitor visitor, ChatMessage message) {
		conversations.currentTicket(visitor).ifPresent(t -> connections.talksIn(visitor.id(), t));
		return message;
	}

	@PostMapping("/widget/api/typing")
	ResponseEntity<Void> typing(@RequestParam String brand, @RequestParam String token) {
		conversations.typing(visitor(brand, token));
		return ResponseEntity.noContent().build();
	}

	record OfflineMessage(String clientId, String email, @Nullable String name, String text) {
	}

	@PostMapping("/widget/api/offline")
	Map<String, Object> offline(@RequestParam String brand, @RequestParam String token, @RequestBody OfflineMessage body) {
		Visitor visitor = visitor(brand, token);
		limits.message(visitor.id());
		long number = conversations.leaveMessage(visitor, body.clientId(), body.email(), body.name(), body.text());
		return Map.of("ticketNumber", number, "email", body.email().strip());
	}

	/** Server-sent events for widgets that cannot open a WebSocket: each event is one frame, as on the socket. */
	@GetMapping(path = "/widget/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@RequestParam String brand, @RequestParam String token) {
		Visitor visitor = visitor(brand, token);
		SseEmitter emitter = new SseEmitter(Duration.ofMinutes(5).toMillis());
		VisitorConnections.Connection connection = connections.open(visitor.id(),
				frame -> emitter.send(SseEmitter.event().name("frame").data(frame, MediaType.APPLICATION_JSON)),
				emitter::complete);
		Runnable close = () -> connections.close(visitor.id(), connection);
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError(e -> close.run());
		conversations.currentTicket(visitor).ifPresent(t -> connections.talksIn(visitor.id(), t));
		connection.send(json.writeValueAsString(Map.of("type", "hello", "available",
				conversations.anyoneAvailable(visitor))));
		return emitter;
	}

	private Visitor visitor(String brand, String token) {
		return tokens.verify(BrandId.parse(brand), token)
			.orElseThrow(() -> new ChatRefused(401, "chat.invalid_token", "the visitor token is not valid for this brand"));
	}

	@ExceptionHandler(ChatRefused.class)
	ResponseEntity<ApiError> refused(ChatRefused e) {
		var response = ResponseEntity.status(e.status());
		if (e.retryAfterSeconds() > 0) {
			response.header("Retry-After", Long.toString(e.retryAfterSeconds()));
		}
		return response.contentType(MediaType.APPLICATION_JSON).body(new ApiError(e.code(), e.getMessage()));
	}

	@ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
	void disconnected() {
	}
}
