package dev.meridian.survey.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.meridian.identity.Brands;
import dev.meridian.shared.DomainException;
import dev.meridian.survey.SurveyInvitation;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * {@code /survey/{token}}: the customer's rating page, in the ticket's language (English when Meridian has no bundle
 * for it). One click on a score stores it with the comment typed above; the page then thanks the customer and keeps
 * the form, so they can add a comment or change their score until the survey closes. {@code ?score=4} (a link in
 * the mail) only marks a score; storing is always a POST.
 */
@Controller
class SurveyPage {

	/** The scores from 1 to 5, with the icon each button shows. */
	static final List<String> ICONS = List.of("emoji-angry", "emoji-frown", "emoji-neutral", "emoji-smile",
			"emoji-laughing");

	private static final Set<String> TRADITIONAL = Set.of("TW", "HK", "MO");

	private final Surveys surveys;
	private final Tickets tickets;
	private final Brands brands;
	private final ThymeleafViewResolver views;
	private final Clock clock;

	SurveyPage(Surveys surveys, Tickets tickets, Brands brands, ThymeleafViewResolver views, Clock clock) {
		this.surveys = surveys;
		this.tickets = tickets;
		this.brands = brands;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/survey/{token}")
	ModelAndView show(@PathVariable String token, @RequestParam(required = false) @Nullable String score,
			HttpServletRequest request) throws Exception {
		Optional<SurveyInvitation> invitation = surveys.byToken(token);
		if (invitation.isEmpty()) {
			return unknown(request);
		}
		return page(invitation.get(), marked(score), null, null, HttpStatus.OK);
	}

	@PostMapping("/survey/{token}")
	ModelAndView answer(@PathVariable String token, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String comment, HttpServletRequest request) throws Exception {
		Optional<SurveyInvitation> invitation = surveys.byToken(token);
		if (invitation.isEmpty()) {
			return unknown(request);
		}
		Integer value = marked(score);
		try {
			surveys.answer(token, value == null ? 0 : value, comment);
		}
		catch (DomainException e) {
			HttpStatus status = HttpStatus.valueOf(e.httpStatus());
			return page(surveys.byToken(token).orElseThrow(), value, comment, e.code(), status);
		}
		return new ModelAndView("redirect:/survey/" + token);
	}

	private ModelAndView page(SurveyInvitation invitation, @Nullable Integer marked, @Nullable String typed,
			@Nullable String error, HttpStatus status) throws Exception {
		TicketView ticket = tickets.get(invitation.ticket());
		Locale locale = localeOf(ticket.language());
		boolean expired = invitation.expiredAt(clock.instant());
		ModelMap model = new ModelMap();
		model.addAttribute("state", expired ? "expired" : invitation.answered() ? "answered" : "open");
		model.addAttribute("invitation", invitation);
		model.addAttribute("brand", brands.get(invitation.brand()).name());
		model.addAttribute("ticket", ticket);
		model.addAttribute("icons", ICONS);
		model.addAttribute("marked", marked != null ? marked : invitation.score());
		model.addAttribute("comment", typed != null ? typed : invitation.comment());
		model.addAttribute("error", error);
		model.addAttribute("closes", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
			.format(invitation.expiresAt().atZone(ZoneOffset.UTC)));
		ModelAndView page = new ModelAndView(view(locale), model);
		page.setStatus(expired ? HttpStatus.GONE : status);
		return page;
	}

	private ModelAndView unknown(HttpServletRequest request) throws Exception {
		ModelMap model = new ModelMap();
		model.addAttribute("state", "unknown");
		model.addAttribute("icons", ICONS);
		ModelAndView page = new ModelAndView(view(localeOf(request.getHeader("Accept-Language") == null ? null
				: request.getLocale().toLanguageTag())), model);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	/**
	 * The page is in the customer's language, not the signed-in agent's or the browser's: the view is resolved for
	 * that locale here instead of through the application's locale resolver.
	 */
	private View view(Locale locale) throws Exception {
		View view = views.resolveViewName("survey/rate", locale);
		if (view == null) {
			throw new IllegalStateException("template survey/rate is missing");
		}
		return view;
	}

	/** A ticket language as a bundle locale: Chinese by script (zh-TW for Traditional, else zh-CN). */
	static Locale localeOf(@Nullable String language) {
		if (language == null || language.isBlank()) {
			return Locale.ENGLISH;
		}
		Locale locale = Locale.forLanguageTag(language);
		if ("zh".equals(locale.getLanguage())) {
			boolean traditional = "Hant".equals(locale.getScript())
					|| locale.getScript().isEmpty() && TRADITIONAL.contains(locale.getCountry());
			return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
		}
		return locale.getLanguage().isEmpty() ? Locale.ENGLISH : new Locale(locale.getLanguage());
	}

	private static @Nullable Integer marked(@Nullable String score) {
		if (score == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(score.strip());
			return value >= 1 && value <= 5 ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
