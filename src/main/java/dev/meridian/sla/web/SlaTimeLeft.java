package dev.meridian.sla.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The inbox's SLA badge ({@code @slaTime} in templates): how long until a ticket's next due time, or how long
 * it is overdue, in the viewer's language.
 */
@Component("slaTime")
public class SlaTimeLeft {

	/** Less time left than this and the badge turns amber. */
	private static final long SOON_MINUTES = 60;

	private final Clock clock;
	private final MessageSource messages;

	SlaTimeLeft(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** "2h 15m left" or "5m overdue". */
	public String label(Instant due) {
		long left = minutesLeft(due);
		return left >= 0 ? message("sla.left", span(left)) : message("sla.overdue", span(-left));
	}

	/** The CSS class of the badge: {@code due-overdue}, {@code due-soon} or {@code due-later}. */
	public String tone(Instant due) {
		long left = minutesLeft(due);
		return left < 0 ? "due-overdue" : left < SOON_MINUTES ? "due-soon" : "due-later";
	}

	long minutesLeft(Instant due) {
		return Math.floorDiv(Duration.between(clock.instant(), due).toSeconds(), 60);
	}

	private String span(long minutes) {
		if (minutes >= 24 * 60) {
			return message("sla.span.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
		}
		if (minutes >= 60) {
			return message("sla.span.hours", minutes / 60, minutes % 60);
		}
		return message("sla.span.minutes", minutes);
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
