package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import dev.meridian.language.MachineTranslation;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import dev.meridian.language.Translator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Translator} adapter does, checked against a local stand-in that speaks the provider's documented
 * protocol: translate and report the detected source, pass a known source, map BCP 47 tags to the provider's codes,
 * and turn a bad key, a quota, a rate limit, a server error, a slow or an unreachable provider into a
 * {@link TranslationFailure} with the right reason and a message that never shows the key.
 */
interface TranslatorContract {

	HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** The stand-in for this test; a fresh one per test. */
	ProviderStandIn standIn();

	/** The adapter under test, pointed at {@code connection}. */
	Translator translator(ProviderConnection connection);

	/** The adapter's provider key, e.g. {@code deepl}. */
	String provider();

	/** The target code the provider should receive for {@code tag}, as {@link ProviderStandIn#lastTarget()} reads it. */
	String expectedTarget(String tag);

	/** The source code the provider should receive for {@code tag}, as {@link ProviderStandIn#lastSource()} reads it. */
	String expectedSource(String tag);

	/** The BCP 47 tag the adapter reports for a text the provider detected as {@code tag}; null if it reports none. */
	@Nullable String expectedDetected(String tag);

	default Translator translator(@Nullable String apiKey, Duration timeout) {
		return translator(new ProviderConnection(URI.create(standIn().baseUrl()), apiKey, "test-model", "westeurope",
				timeout));
	}

	default Translator translator() {
		return translator(ProviderStandIn.VALID_KEY, Duration.ofSeconds(5));
	}

	@AfterEach
	default void stopStandIn() {
		standIn().close();
	}

	@Test
	default void translatesAndNamesItself() {
		Translator translator = translator();

		MachineTranslation result = translator.translate("Wo ist meine Bestellung?", null, "en");

		assertThat(translator.provider()).isEqualTo(provider());
		assertThat(result.provider()).isEqualTo(provider());
		assertThat(result.text()).isEqualTo(standIn().lastTranslation()).contains("Wo ist meine Bestellung?");
		assertThat(standIn().lastText()).isEqualTo("Wo ist meine Bestellung?");
		assertThat(standIn().lastSource()).isNull();
	}

	@Test
	default void reportsTheLanguageTheProviderDetected() {
		assertThat(translator().translate("Wo ist meine Bestellung?", null, "en").detectedSource())
			.isEqualTo(expectedDetected("de"));
		assertThat(translator().translate("注文した商品がまだ届きません", null, "en").detectedSource())
			.isEqualTo(expectedDetected("ja"));
		assertThat(translator().translate("我的订单还没到", null, "en").detectedSource())
			.isEqualTo(expectedDetected("zh-CN"));
		assertThat(translator().translate("我的訂單還沒到", null, "en").detectedSource())
			.isEqualTo(expectedDetected("zh-TW"));
	}

	@Test
	default void passesAKnownSourceLanguage() {
		translator().translate("Wo ist meine Bestellung?", "de", "ja");

		assertThat(standIn().lastSource()).isEqualTo(expectedSource("de"));
		assertThat(standIn().lastTarget()).isEqualTo(expectedTarget("ja"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "zh-TW", "en", "ja", "de" })
	default void mapsTargetLanguagesToTheProvidersCodes(String tag) {
		MachineTranslation result = translator().translate("Where is my order?", null, tag);

		assertThat(standIn().lastTarget()).as("target code for %s", tag).isEqualTo(expectedTarget(tag));
		assertThat(result.text()).isEqualTo(standIn().lastTranslation());
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "zh-TW", "en", "ja", "de" })
	default void mapsSourceLanguagesToTheProvidersCodes(String tag) {
		translator().translate("Where is my order?", tag, "fr");

		assertThat(standIn().lastSource()).as("source code for %s", tag).isEqualTo(expectedSource(tag));
	}

	@Test
	default void keepsTextIntactWhateverItsScriptAndPunctuation() {
		String text = "Hi, I'm \"Anna\" & 注文 #4711 <b>ok</b>?\n2nd line: 訂單 😀";

		MachineTranslation result = translator().translate(text, "en", "de");

		assertThat(standIn().lastText()).isEqualTo(text);
		assertThat(result.text()).isEqualTo(standIn().lastTranslation());
	}

	@Test
	default void aWrongKeyIsAnAuthenticationFailureThatDoesNotShowTheKey() {
		String wrongKey = "wrong-key-5b1e0c9d7a2f4e33";

		assertThatThrownBy(() -> translator(wrongKey, Duration.ofSeconds(5)).translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class, failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.AUTH_FAILED);
				assertThat(failure.getMessage()).isNotBlank()
					.doesNotContain(wrongKey)
					.doesNotContain(ProviderStandIn.VALID_KEY);
			});
	}

	@Test
	default void aServerErrorMakesTranslationUnavailable() {
		standIn().failNext(standIn().serverError());

		assertThatThrownBy(() -> translator().translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class, failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.PROVIDER_ERROR);
				assertThat(failure.getMessage()).contains("HTTP 5");
			});
	}

	@Test
	default void tooManyRequestsIsARateLimit() {
		standIn().failNext(standIn().rateLimited());

		assertThatThrownBy(() -> translator().translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class,
					failure -> assertThat(failure.reason()).isEqualTo(Reason.RATE_LIMITED));
	}

	@Test
	default void aUsedUpQuotaIsReportedAsSuch() {
		ProviderStandIn.Reply quota = standIn().quotaExceeded();
		assumeThat(quota).as("the provider has a quota answer").isNotNull();
		standIn().failNext(quota);

		assertThatThrownBy(() -> translator().translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class,
					failure -> assertThat(failure.reason()).isEqualTo(Reason.QUOTA_EXCEEDED));
	}

	@Test
	default void anUnsupportedLanguageIsReportedAsSuch() {
		ProviderStandIn.Reply unsupported = standIn().unsupportedLanguage();
		assumeThat(unsupported).as("the provider has an unsupported-language answer").isNotNull();
		standIn().failNext(unsupported);

		assertThatThrownBy(() -> translator().translate("Hello", null, "tlh"))
			.isInstanceOfSatisfying(TranslationFailure.class,
					failure -> assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_LANGUAGE));
	}

	@Test
	default void aSlowProviderTimesOut() {
		standIn().delay(Duration.ofSeconds(3));
		long started = System.nanoTime();

		assertThatThrownBy(() -> translator(ProviderStandIn.VALID_KEY, Duration.ofMillis(300)).translate("Hello", null,
				"de"))
			.isInstanceOfSatisfying(TranslationFailure.class, failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
				assertThat(failure.getMessage()).contains("0.3 s");
			});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	default void anUnreachableProviderIsReportedAsSuch() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Translator translator = translator(new ProviderConnection(URI.create("http://127.0.0.1:" + closedPort),
				ProviderStandIn.VALID_KEY, "test-model", "westeurope", Duration.ofSeconds(5)));

		assertThatThrownBy(() -> translator.translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class,
					failure -> assertThat(failure.reason()).isEqualTo(Reason.UNREACHABLE));
	}

	@Test
	default void anAnswerThatIsNotJsonIsABadResponse() {
		standIn().failNext(new ProviderStandIn.Reply(200, "text/html", "<html><body>Gateway login</body></html>"));

		assertThatThrownBy(() -> translator().translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class,
					failure -> assertThat(failure.reason()).isEqualTo(Reason.BAD_RESPONSE));
	}

	@Test
	default void anErrorPageInsteadOfTheProvidersErrorStillHasAReason() {
		standIn().failNext(new ProviderStandIn.Reply(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>"));

		assertThatThrownBy(() -> translator().translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class,
					failure -> assertThat(failure.reason()).isEqualTo(Reason.PROVIDER_ERROR));
	}
}
