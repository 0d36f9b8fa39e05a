package dev.meridian.web;

import java.text.NumberFormat;
import java.util.Locale;

import dev.meridian.shared.LanguageTag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Small presentation helpers for templates, as {@code ${@fmt.initials(name)}}. */
@Component("fmt")
public class Formats {

	/** Up to two letters for an avatar: "Mei Lin" → "ML", "王芳" → "王". */
	public String initials(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "?";
		}
		String[] words = name.strip().split("[\\s@._-]+");
		int first = words[0].codePointAt(0);
		if (Character.isIdeographic(first)) {
			return new String(Character.toChars(first));
		}
		StringBuilder initials = new StringBuilder().appendCodePoint(first);
		if (words.length > 1 && !words[words.length - 1].isEmpty()) {
			initials.appendCodePoint(words[words.length - 1].codePointAt(0));
		}
		return initials.toString().toUpperCase(LocaleContextHolder.getLocale());
	}

	/** A file size people read: "840 B", "12 KB", "3.4 MB". */
	public String bytes(long size) {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return Math.round(size / 1024.0) + " KB";
		}
		return String.format(LocaleContextHolder.getLocale(), "%.1f MB", size / (1024.0 * 1024.0));
	}

	/** A whole number in the viewer's notation: 12345 → "12,345", "12.345" or "12 345". */
	public String number(@Nullable Number value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
	}

	/**
	 * A language tag's name in the viewer's language: "de" → "German", "Deutsch" or "德语"; Chinese by script,
	 * "zh-CN" → "Chinese (Simplified)", "zh-TW" → "中文 (繁體)". Empty when undetermined.
	 */
	public String language(@Nullable String tag) {
		return LanguageTag.displayName(tag, LocaleContextHolder.getLocale());
	}

	/**
	 * A language tag as a short badge: "de" → "DE", and the region or script kept where it tells variants apart,
	 * "zh-CN" → "ZH-CN", "zh-TW" → "ZH-TW", "pt-BR" → "PT-BR".
	 */
	public String languageCode(@Nullable String tag) {
		if (!known(tag)) {
			return "";
		}
		return Locale.forLanguageTag(tag.strip()).toLanguageTag().toUpperCase(Locale.ROOT);
	}

	/** Whether the tag names a language; {@code und} is what detection says when it cannot tell. */
	public boolean known(@Nullable String tag) {
		return LanguageTag.known(tag);
	}

	/** A country code's name in the viewer's language: "DE" → "Germany", "Deutschland" or "ドイツ"; else the code. */
	public String country(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = new Locale("", code.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isBlank() ? code : name;
	}
}
