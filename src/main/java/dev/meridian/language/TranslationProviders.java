package dev.meridian.language;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.meridian.identity.AgentId;
import dev.meridian.language.internal.ConfiguredProvider;
import dev.meridian.language.internal.ProviderKeys;
import dev.meridian.language.internal.TranslationProvider;
import dev.meridian.language.internal.TranslationProviderRepository;
import dev.meridian.language.internal.UsageMeter;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of machine translation: which provider, where, with which key, and how much it was used. The
 * API key is encrypted before it is stored and never leaves this service again.
 */
@Service
public class TranslationProviders {

	/** The sentence a provider test translates into German: short, cheap, and obviously right or wrong. */
	static final String TEST_SENTENCE = "Where is my order?";

	private final TranslationProviderRepository providers;
	private final ProviderKeys keys;
	private final ConfiguredProvider configured;
	private final UsageMeter meter;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TranslationProviders(TranslationProviderRepository providers, ProviderKeys keys, ConfiguredProvider configured,
			UsageMeter meter, ApplicationEventPublisher events, Clock clock) {
		this.providers = providers;
		this.keys = keys;
		this.configured = configured;
		this.meter = meter;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ProviderSettings settings() {
		return providers.findById(TranslationProvider.ID).map(this::view).orElseGet(ProviderSettings::none);
	}

	/** Replaces the configuration; the key follows {@link ProviderDraft#apiKey()}. Audited, without the key. */
	@Transactional
	public ProviderSettings configure(ProviderDraft draft, AgentId by) {
		TranslationProvider provider = providers.findById(TranslationProvider.ID)
			.orElseGet(() -> new TranslationProvider(clock.instant()));
		ProviderKind before = provider.kind();
		provider.configure(draft.kind(), draft.baseUrl(), draft.model(), draft.region(), draft.timeoutSeconds(),
				clock.instant(), by.value());
		String keyChange;
		if (draft.apiKey() instanceof ProviderDraft.KeyChange.Set set) {
			String key = set.key().strip();
			if (key.isEmpty() || key.length() > 1000) {
				throw DomainException.ruleBroken("translation.invalid_api_key", "apiKey has 1 to 1000 characters");
			}
			provider.replaceKey(keys.seal(key));
			keyChange = "set";
		}
		else if (draft.apiKey() instanceof ProviderDraft.KeyChange.Remove) {
			provider.replaceKey(null);
			keyChange = "removed";
		}
		else {
			keyChange = provider.apiKeySecret() == null ? (before != draft.kind() ? "dropped" : "none") : "kept";
		}
		provider.checkComplete();
		ProviderSettings view = view(providers.saveAndFlush(provider));
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("kind", view.kind().key());
		changes.put("baseUrl", String.valueOf(view.baseUrl()));
		changes.put("model", String.valueOf(view.model()));
		changes.put("region", String.valueOf(view.region()));
		changes.put("timeoutSeconds", Integer.toString(view.timeoutSeconds()));
		changes.put("apiKey", keyChange);
		events.publishEvent(new AuditableChange("translation_provider", Integer.toString(TranslationProvider.ID),
				"configured", changes));
		return view;
	}

	/**
	 * Translates a test sentence with the configured provider, bypassing the cache, so an admin sees at once whether
	 * key, URL and model work. The call is metered like any other.
	 */
	public ProviderCheck test() {
		ProviderKind kind = settings().kind();
		long started = System.nanoTime();
		try {
			Optional<Translator> translator = configured.translator();
			if (translator.isEmpty()) {
				throw new TranslationFailure(TranslationFailure.Reason.NOT_CONFIGURED,
						"No machine translation provider is configured.");
			}
			try {
				MachineTranslation translation = translator.get().translate(TEST_SENTENCE, "en", "de");
				meter.success(translator.get().provider(), today(), TEST_SENTENCE.length());
				return new ProviderCheck(true, kind, translation.text(), null, null, millis(started));
			}
			catch (TranslationFailure e) {
				meter.failure(translator.get().provider(), today());
				throw e;
			}
		}
		catch (TranslationFailure e) {
			return new ProviderCheck(false, kind, null, e.reason().code(), e.getMessage(), millis(started));
		}
	}

	/**
	 * Usage per provider between two UTC dates, both included; by default the current month so far.
	 * @throws DomainException {@code translation.invalid_period} when {@code from} is after {@code to} or the period
	 * is longer than 366 days
	 */
	public UsageReport usage(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = to == null ? today() : to;
		LocalDate start = from == null ? end.withDayOfMonth(1) : from;
		if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 366) {
			throw DomainException.malformed("translation.invalid_period",
					"from must not be after to, and the period is at most 366 days");
		}
		return new UsageReport(start, end, meter.between(start, end));
	}

	private ProviderSettings view(TranslationProvider provider) {
		@Nullable String apiKey = null;
		if (provider.apiKeySecret() != null) {
			try {
				apiKey = keys.open(provider.apiKeySecret());
			}
			catch (RuntimeException e) {
				// shown as set; translating will say that it cannot be decrypted
			}
		}
		return provider.view(provider.kind() == ProviderKind.NONE ? null
				: ConfiguredProvider.effectiveBaseUrl(provider, apiKey));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static long millis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}
}
