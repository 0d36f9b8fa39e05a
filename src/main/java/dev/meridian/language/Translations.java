package dev.meridian.language;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.meridian.language.TranslationFailure.Reason;
import dev.meridian.language.internal.ConfiguredProvider;
import dev.meridian.language.internal.NormalizedText;
import dev.meridian.language.internal.Tags;
import dev.meridian.language.internal.TranslationCache;
import dev.meridian.language.internal.TranslationSettings;
import dev.meridian.language.internal.UsageMeter;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Machine translation for agents: a free text (the composer's preview) or a ticket's message, into a BCP 47
 * language. Answers come from the cache when the same text was translated into the same language before, otherwise
 * from the configured provider, metered per provider. A provider that fails, or none configured, never turns into
 * an error: the answer then says {@code available: false}, carries the original text and the reason.
 *
 * <p>Not transactional on purpose: a provider may take seconds, and no database connection is held meanwhile.
 */
@Service
public class Translations {

	private static final Logger log = LoggerFactory.getLogger(Translations.class);

	private final ConfiguredProvider provider;
	private final TranslationCache cache;
	private final UsageMeter meter;
	private final LanguageDetector detector;
	private final Tickets tickets;
	private final TranslationSettings settings;
	private final Clock clock;

	Translations(ConfiguredProvider provider, TranslationCache cache, UsageMeter meter, LanguageDetector detector,
			Tickets tickets, TranslationSettings settings, Clock clock) {
		this.provider = provider;
		this.cache = cache;
		this.meter = meter;
		this.detector = detector;
		this.tickets = tickets;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Translates {@code text} into {@code target}.
	 * @param source the text's language when known (BCP 47); {@code null} or {@code und} lets the provider detect it
	 * @throws DomainException {@code translation.text_required} for an empty text, {@code language.invalid} for a
	 * tag that is not BCP 47
	 */
	public TranslationResult translate(String text, @Nullable String source, String target) {
		NormalizedText normalized = NormalizedText.of(text);
		if (normalized.isEmpty()) {
			throw DomainException.malformed("translation.text_required", "text is required and must not be blank");
		}
		String to = targetTag(target);
		String from = source == null || source.isBlank() || Detection.UNDETERMINED.equals(source.strip()) ? null
				: LanguageTag.normalize(source);
		if (from != null && Tags.sameLanguage(from, to)) {
			return new TranslationResult(true, normalized.text(), from, to, null, false, null);
		}
		Optional<TranslationCache.Entry> cached = cache.find(normalized, to);
		if (cached.isPresent()) {
			TranslationCache.Entry entry = cached.get();
			meter.cacheHit(entry.provider(), today());
			return new TranslationResult(true, entry.text(), entry.source() != null ? entry.source() : from, to,
					entry.provider(), true, null);
		}
		Translator translator;
		try {
			translator = provider.translator()
				.orElseThrow(() -> new TranslationFailure(Reason.NOT_CONFIGURED,
						"No machine translation provider is configured; an admin sets one up under "
								+ "PUT /api/v1/translation/provider."));
		}
		catch (TranslationFailure e) {
			return TranslationResult.unavailable(normalized.text(), from, to, null, e);
		}
		if (normalized.characters() > settings.maxCharacters()) {
			return TranslationResult.unavailable(normalized.text(), from, to, translator.provider(),
					new TranslationFailure(Reason.TOO_LONG, "The text has " + normalized.characters()
							+ " characters; at most " + settings.maxCharacters() + " are sent for translation."));
		}
		MachineTranslation translation;
		try {
			translation = translator.translate(normalized.text(), from, to);
		}
		catch (TranslationFailure e) {
			meter.failure(translator.provider(), today());
			// Never the text: it is the customer's words. The reason and the provider's message suffice.
			log.warn("Translation into {} by {} failed: {} ({})", to, translator.provider(), e.reason().code(),
					e.getMessage());
			return TranslationResult.unavailable(normalized.text(), from, to, translator.provider(), e);
		}
		meter.success(translator.provider(), today(), normalized.characters());
		String detected = from != null ? from : translation.detectedSource() != null ? translation.detectedSource()
				: detected(normalized.text());
		cache.store(normalized, to, detected, translation.provider(), translation.text(), clock.instant());
		return new TranslationResult(true, translation.text(), detected, to, translation.provider(), false, null);
	}

	/**
	 * Translates a message of a ticket into {@code target}, taking the message's detected language as the source.
	 * @throws DomainException {@code message.not_found} when the message is not on that ticket
	 */
	public TranslationResult translateMessage(TicketId ticket, MessageId message, String target) {
		MessageView found = tickets.message(ticket, message)
			.orElseThrow(() -> DomainException.notFound("message", message));
		// a customer's quoted history and signature are folded away in the conversation: not worth translating
		String body = found.kind() == dev.meridian.ticket.MessageKind.INBOUND
				? dev.meridian.shared.QuotedHistory.ofText(found.body()).main() : found.body();
		if (NormalizedText.of(body).isEmpty()) {
			// An attachment-only or image-only message: nothing to translate, and not the agent's mistake.
			String to = targetTag(target);
			return new TranslationResult(true, "", found.language(), to, null, false, null);
		}
		return translate(body, found.language(), target);
	}

	private static String targetTag(String target) {
		if (target == null || target.isBlank()) {
			throw DomainException.malformed("translation.target_required", "target is required, e.g. de, ja or zh-CN");
		}
		String tag = LanguageTag.normalize(target);
		if (Detection.UNDETERMINED.equals(tag)) {
			throw DomainException.ruleBroken("language.invalid", "'und' cannot be translated into");
		}
		return tag;
	}

	private @Nullable String detected(String text) {
		try {
			Detection detection = detector.detect(text);
			return detection.determined() ? detection.language() : null;
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
