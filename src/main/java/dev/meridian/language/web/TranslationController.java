package dev.meridian.language.web;

import dev.meridian.language.TranslationResult;
import dev.meridian.language.Translations;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Translation")
class TranslationController {

	private static final String ANSWER = " Answers {\"available\": true, \"text\": \"Where is my order?\", "
			+ "\"source\": \"de\", \"target\": \"en\", \"provider\": \"deepl\", \"cached\": false, \"unavailable\": null}. "
			+ "When no provider is configured or it fails, the answer is still 200: {\"available\": false, \"text\": "
			+ "<the original>, ..., \"unavailable\": {\"code\": \"translation.unavailable\", \"reason\": \"timeout\", "
			+ "\"message\": \"DeepL did not answer within 10 s\"}}; reasons: not_configured, auth_failed, quota_exceeded, "
			+ "rate_limited, unsupported_language, too_long, timeout, unreachable, provider_error, bad_response, rejected.";

	private final Translations translations;

	TranslationController(Translations translations) {
		this.translations = translations;
	}

	record TranslateRequest(@Nullable String text, @Nullable String target, @Nullable String source) {
	}

	@PostMapping("/translations")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Translate a text", description = "For the composer's preview. Example: {\"text\": "
			+ "\"Wo ist meine Bestellung?\", \"target\": \"en\", \"source\": \"de\"}; source is optional (the provider "
			+ "detects it). Tags are BCP 47: de, ja, zh-CN, zh-TW." + ANSWER)
	TranslationResult translate(@RequestBody TranslateRequest request) {
		if (request.text() == null) {
			throw DomainException.malformed("translation.text_required", "text is required");
		}
		if (request.target() == null) {
			throw DomainException.malformed("translation.target_required", "target is required, e.g. de, ja or zh-CN");
		}
		return translations.translate(request.text(), request.source(), request.target());
	}

	@PostMapping("/tickets/{ticketId}/messages/{messageId}/translations")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Translate a message of a ticket", description = "Translates the message's text; its "
			+ "detected language is the source. Internal notes and replies can be translated too." + ANSWER)
	TranslationResult translateMessage(@PathVariable String ticketId, @PathVariable String messageId,
			@RequestParam @Parameter(description = "BCP 47 tag to translate into, e.g. en, pt-PT, zh-CN",
					example = "en") String target) {
		return translations.translateMessage(TicketId.parse(ticketId), MessageId.parse(messageId), target);
	}
}
