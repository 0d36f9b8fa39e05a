package dev.meridian.language;

/**
 * The language a text is written in.
 *
 * @param language a BCP 47 tag ({@code de}, {@code ja}, {@code zh-CN}, {@code zh-TW}, or {@code zh} when Chinese
 * shows no script-specific character), or {@code und} when the text is too short or no language is clearly ahead
 * @param confidence how far the detected language is ahead of the next best one, from 0 to 1 (1 when no other
 * supported language uses the script); 0 when undetermined
 */
public record Detection(String language, double confidence) {

	public static final String UNDETERMINED = "und";

	public static Detection undetermined() {
		return new Detection(UNDETERMINED, 0);
	}

	public boolean determined() {
		return !UNDETERMINED.equals(language);
	}
}
