package dev.meridian.language;

/**
 * Detects the language of what a customer wrote. It ignores quoted history, signatures, links, email addresses
 * and order numbers, and answers {@code und} rather than guess on a short or ambiguous text.
 */
public interface LanguageDetector {

	Detection detect(String text);
}
