package dev.meridian.language;

import org.jspecify.annotations.Nullable;

/**
 * A machine translation service. Implementations speak one provider's protocol (DeepL, Google Cloud Translation,
 * Azure Translator, LibreTranslate, an OpenAI-compatible chat endpoint), map BCP 47 tags to the provider's codes and
 * back, and give up after their timeout.
 */
public interface Translator {

	/**
	 * Translates {@code text} into {@code target}.
	 * @param source the BCP 47 tag of the text's language, or {@code null} to let the provider detect it
	 * @param target the BCP 47 tag to translate into ({@code de}, {@code ja}, {@code zh-CN}, {@code zh-TW}, ...)
	 * @throws TranslationFailure with a {@link TranslationFailure.Reason} and a message an admin can act on; the
	 * message never contains the API key
	 */
	MachineTranslation translate(String text, @Nullable String source, String target);

	/** The provider's key as Meridian names it: {@code deepl}, {@code google}, ... */
	String provider();
}
