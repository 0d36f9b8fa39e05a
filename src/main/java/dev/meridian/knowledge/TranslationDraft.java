package dev.meridian.knowledge;

/** An article's text in one language as its writer sends it: a title and a body in HTML, sanitized on save. */
public record TranslationDraft(String title, String body) {
}
