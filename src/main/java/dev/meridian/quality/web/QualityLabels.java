package dev.meridian.quality.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.meridian.quality.ScorecardItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels for the quality pages, as {@code ${@quality.item(item)}}: an item by its translated label when Meridian knows
 * its key, else by the admin's name; scores and averages in the viewer's notation, without ".00" on whole numbers.
 */
@Component("quality")
public class QualityLabels {

	private final MessageSource messages;

	QualityLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String item(ScorecardItem item) {
		return item(item.key(), item.name());
	}

	public String item(String key, @Nullable String fallback) {
		return messages.getMessage("quality.item." + key, null, fallback == null ? key.replace('_', ' ') : fallback,
				LocaleContextHolder.getLocale());
	}

	/** 85 → "85", 85.5 → "85.5", 1234.25 → "1,234.3" (or "1.234,3"): at most one decimal, none when whole. */
	public String number(@Nullable Number value) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}

	/** A whole number kept as text (a finding's detail) in the viewer's notation: "1440" → "1,440". */
	public String whole(@Nullable String value) {
		try {
			return value == null ? "–" : number(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException e) {
			return value;
		}
	}

	/** 0.873 → "87%" / "87 %" in the viewer's notation. */
	public String percent(@Nullable Double share) {
		if (share == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(0);
		return format.format(share);
	}

	/** A calendar day in the viewer's notation: "Nov 2, 2026", "2026年11月2日", "02.11.2026". */
	public String day(@Nullable LocalDate day) {
		return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(day);
	}

	public Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
