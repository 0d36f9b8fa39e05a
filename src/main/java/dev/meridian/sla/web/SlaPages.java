package dev.meridian.sla.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.identity.TeamView;
import dev.meridian.identity.Teams;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.TimeZoneChoices;
import dev.meridian.sla.BusinessCalendarId;
import dev.meridian.sla.BusinessCalendarView;
import dev.meridian.sla.BusinessCalendars;
import dev.meridian.sla.Holiday;
import dev.meridian.sla.SlaConditions;
import dev.meridian.sla.SlaPolicies;
import dev.meridian.sla.SlaPolicyId;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.sla.SlaTarget;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for service levels: the ordered SLA policies (first match wins, moved up and down in place) and the
 * business calendars they count in, each with a form. Everything goes through {@link SlaPolicies} and
 * {@link BusinessCalendars}, so the pages refuse what the API refuses, in the admin's language.
 */
@Controller
@RequestMapping("/admin/sla")
@PreAuthorize("hasAuthority('sla:write')")
class SlaPages {

	/** A refused form in the viewer's language, shaped as the shared admin form-error fragment expects. */
	record PageError(String code, String message) {

		public boolean on(String field) {
			return code.contains(field.toLowerCase(Locale.ROOT));
		}
	}

	/** One policy in the list, its conditions and targets already in words. */
	record PolicyRow(String id, String name, int number, boolean enabled, List<String> conditions,
			String calendar, String firstReply, String nextReply, String resolution, int warnPercent, boolean first,
			boolean last) {
	}

	/** One calendar in the list. */
	record CalendarRow(String id, String name, @Nullable String team, String timeZone, String offset,
			String localTime, List<String> hours, int holidays, @Nullable String nextHoliday, boolean isDefault,
			long policies) {
	}

	/** The marketplaces the relays tag buyer messages with, by their own names (which are not translated). */
	static final Map<String, String> MARKETPLACES = Map.of("amazon", "Amazon", "ebay", "eBay");

	private final SlaPolicies policies;
	private final BusinessCalendars calendars;
	private final Brands brands;
	private final Teams teams;
	private final MessageSource messages;
	private final Clock clock;

	SlaPages(SlaPolicies policies, BusinessCalendars calendars, Brands brands, Teams teams, MessageSource messages,
			Clock clock) {
		this.policies = policies;
		this.calendars = calendars;
		this.brands = brands;
		this.teams = teams;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String overview(Model model, Locale locale) {
		List<SlaPolicyView> all = policies.all();
		List<BusinessCalendarView> cals = calendars.all();
		Map<String, String> calendarNames = cals.stream()
			.collect(Collectors.toMap(c -> c.id().toString(), BusinessCalendarView::name));
		Map<String, String> brandNames = brands.all().stream()
			.collect(Collectors.toMap(b -> b.id().toString(), BrandView::name));
		List<PolicyRow> rows = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			SlaPolicyView p = all.get(i);
			rows.add(new PolicyRow(p.id().toString(), p.name(), i + 1, p.enabled(), conditions(p.conditions(),
					brandNames, locale),
					p.calendar() == null ? msg("sla.admin.calendar.team_or_default", locale)
							: calendarNames.getOrDefault(p.calendar().toString(), p.calendar().toString()),
					target(p.firstReply(), locale), target(p.nextReply(), locale), target(p.resolution(), locale),
					p.warnPercent(), i == 0, i == all.size() - 1));
		}
		model.addAttribute("policies", rows);
		model.addAttribute("calendars", cals.stream().map(c -> calendarRow(c, all, locale)).toList());
		return "sla/overview";
	}

	@GetMapping("/policies/new")
	String newPolicy(Model model) {
		PolicyForm form = new PolicyForm();
		form.getFirstReply().setAmount("4");
		form.getResolution().setAmount("48");
		return policyForm(model, form, null, null);
	}

	@PostMapping("/policies")
	String createPolicy(@ModelAttribute("form") PolicyForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			SlaPolicyView created = policies.create(form.toDraft(), null);
			redirect.addFlashAttribute("flash", msg("sla.admin.policy.created", locale, created.name()));
			return "redirect:/admin/sla";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return policyForm(model, form, null, error(e, locale));
		}
	}

	@GetMapping("/policies/{id}/edit")
	String editPolicy(@PathVariable String id, Model model) {
		SlaPolicyView policy = policies.get(SlaPolicyId.parse(id));
		return policyForm(model, PolicyForm.of(policy), policy, null);
	}

	@PostMapping("/policies/{id}")
	String updatePolicy(@PathVariable String id, @ModelAttribute("form") PolicyForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		SlaPolicyView policy = policies.get(SlaPolicyId.parse(id));
		try {
			SlaPolicyView saved = policies.update(policy.id(), form.toDraft(), null);
			redirect.addFlashAttribute("flash", msg("sla.admin.policy.updated", locale, saved.name()));
			return "redirect:/admin/sla";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return policyForm(model, form, policy, error(e, locale));
		}
	}

	/** Moves a policy one place up or down the list; the first enabled match wins, so order is meaning. */
	@PostMapping("/policies/{id}/move")
	String movePolicy(@PathVariable String id, @RequestParam String direction, RedirectAttributes redirect,
			Locale locale) {
		SlaPolicyId moving = SlaPolicyId.parse(id);
		List<SlaPolicyId> order = new ArrayList<>(policies.all().stream().map(SlaPolicyView::id).toList());
		int from = order.indexOf(moving);
		int to = "up".equals(direction) ? from - 1 : from + 1;
		if (from >= 0 && to >= 0 && to < order.size()) {
			order.add(to, order.remove(from));
			policies.reorder(order);
			redirect.addFlashAttribute("flash", msg("sla.admin.policy.moved", locale, policies.get(moving).name(),
					to + 1));
		}
		return "redirect:/admin/sla";
	}

	@PostMapping("/policies/{id}/delete")
	String deletePolicy(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		SlaPolicyView policy = policies.get(SlaPolicyId.parse(id));
		policies.delete(policy.id());
		redirect.addFlashAttribute("flash", msg("sla.admin.policy.deleted", locale, policy.name()));
		return "redirect:/admin/sla";
	}

	@GetMapping("/calendars/new")
	String newCalendar(Model model) {
		return calendarForm(model, new CalendarForm(), null, null);
	}

	@PostMapping("/calendars")
	String createCalendar(@ModelAttribute("form") CalendarForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			BusinessCalendarView created = calendars.create(form.toDraft());
			redirect.addFlashAttribute("flash", msg("sla.admin.calendar.created", locale, created.name()));
			return "redirect:/admin/sla";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return calendarForm(model, form, null, error(e, locale));
		}
	}

	@GetMapping("/calendars/{id}/edit")
	String editCalendar(@PathVariable String id, Model model) {
		BusinessCalendarView calendar = calendars.get(BusinessCalendarId.parse(id));
		return calendarForm(model, CalendarForm.of(calendar), calendar, null);
	}

	@PostMapping("/calendars/{id}")
	String updateCalendar(@PathVariable String id, @ModelAttribute("form") CalendarForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		BusinessCalendarView calendar = calendars.get(BusinessCalendarId.parse(id));
		try {
			BusinessCalendarView saved = calendars.update(calendar.id(), form.toDraft());
			redirect.addFlashAttribute("flash", msg("sla.admin.calendar.updated", locale, saved.name()));
			return "redirect:/admin/sla";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return calendarForm(model, form, calendar, error(e, locale));
		}
	}

	/** Adds the holidays of an iCalendar file (a country's public holidays, say) to the calendar. */
	@PostMapping("/calendars/{id}/holidays")
	String importHolidays(@PathVariable String id, @RequestParam("file") MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws IOException {
		BusinessCalendarView calendar = calendars.get(BusinessCalendarId.parse(id));
		try (InputStream ics = file.getInputStream()) {
			BusinessCalendars.HolidayImport result = calendars.importHolidays(calendar.id(), ics);
			redirect.addFlashAttribute("flash", msg("sla.admin.calendar.imported", locale, result.found(),
					result.added()));
			return "redirect:/admin/sla/calendars/" + calendar.id() + "/edit";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return calendarForm(model, CalendarForm.of(calendar), calendar, error(e, locale));
		}
	}

	@PostMapping("/calendars/{id}/delete")
	String deleteCalendar(@PathVariable String id, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		BusinessCalendarView calendar = calendars.get(BusinessCalendarId.parse(id));
		try {
			calendars.delete(calendar.id());
			redirect.addFlashAttribute("flash", msg("sla.admin.calendar.deleted", locale, calendar.name()));
			return "redirect:/admin/sla";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return calendarForm(model, CalendarForm.of(calendar), calendar, error(e, locale));
		}
	}

	/** A policy or calendar that does not exist (an old link, a colleague deleted it): the list, with why. */
	@ExceptionHandler(DomainException.class)
	String problem(DomainException e, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(e.httpStatus());
		model.addAttribute("problem", error(e, locale).message());
		return overview(model, locale);
	}

	private String policyForm(Model model, PolicyForm form, @Nullable SlaPolicyView policy,
			@Nullable PageError error) {
		model.addAttribute("form", form);
		model.addAttribute("policy", policy);
		model.addAttribute("error", error);
		model.addAttribute("brands", brands.all());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("priorities", Priority.values());
		Map<String, String> marketplaces = new TreeMap<>(MARKETPLACES);
		form.getMarketplaces().forEach(m -> marketplaces.putIfAbsent(m, m));
		model.addAttribute("marketplaces", marketplaces);
		model.addAttribute("calendars", calendars.all());
		return "sla/policy-form";
	}

	private String calendarForm(Model model, CalendarForm form, @Nullable BusinessCalendarView calendar,
			@Nullable PageError error) {
		model.addAttribute("form", form);
		model.addAttribute("calendar", calendar);
		model.addAttribute("error", error);
		model.addAttribute("teams", teams.all());
		model.addAttribute("zones", TimeZoneChoices.groups(clock.instant(), form.getTimeZone()));
		model.addAttribute("days", DayOfWeek.values());
		return "sla/calendar-form";
	}

	private CalendarRow calendarRow(BusinessCalendarView c, List<SlaPolicyView> all, Locale locale) {
		Instant now = clock.instant();
		ZonedDateTime there = now.atZone(c.timeZone());
		LocalDate today = there.toLocalDate();
		Holiday next = c.holidays().stream()
			.filter(h -> !h.date().isBefore(today))
			.min(Comparator.comparing(Holiday::date))
			.orElse(null);
		String team = c.team() == null ? null
				: teams.all().stream().filter(t -> t.id().equals(c.team())).map(TeamView::name).findFirst().orElse(null);
		String nextHoliday = next == null ? null
				: next.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
						+ (next.name().isBlank() ? "" : " · " + next.name());
		return new CalendarRow(c.id().toString(), c.name(), team, c.timeZone().getId(),
				TimeZoneChoices.offset(c.timeZone(), now),
				there.format(DateTimeFormatter.ofPattern("EEE HH:mm", locale)),
				c.alwaysOpen() ? List.of(msg("sla.admin.calendar.always_open", locale)) : hours(c, locale),
				c.holidays().size(), nextHoliday, c.isDefault(),
				all.stream().filter(p -> c.id().equals(p.calendar())).count());
	}

	/** "Mon–Fri 09:00-18:00", "Sat 10:00-14:00": days with the same hours run together. */
	private static List<String> hours(BusinessCalendarView c, Locale locale) {
		Function<DayOfWeek, String> line = day -> c.hours().stream()
			.filter(h -> h.day() == day)
			.map(CalendarForm::interval)
			.collect(Collectors.joining(", "));
		List<String> lines = new ArrayList<>();
		DayOfWeek[] days = DayOfWeek.values();
		int start = 0;
		while (start < days.length) {
			int end = start;
			String hours = line.apply(days[start]);
			while (end + 1 < days.length && line.apply(days[end + 1]).equals(hours)) {
				end++;
			}
			if (!hours.isEmpty()) {
				String first = days[start].getDisplayName(TextStyle.SHORT, locale);
				lines.add((start == end ? first : first + "–" + days[end].getDisplayName(TextStyle.SHORT, locale))
						+ " " + hours);
			}
			start = end + 1;
		}
		return lines;
	}

	private List<String> conditions(SlaConditions c, Map<String, String> brandNames, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (!c.brands().isEmpty()) {
			parts.add(msg("sla.admin.condition.brands", locale, c.brands().stream()
				.map(b -> brandNames.getOrDefault(b.toString(), b.toString())).sorted()
				.collect(Collectors.joining(", "))));
		}
		if (!c.channels().isEmpty()) {
			parts.add(msg("sla.admin.condition.channels", locale, c.channels().stream().sorted()
				.map(ch -> msg("channel." + ch.key(), locale)).collect(Collectors.joining(", "))));
		}
		if (!c.marketplaces().isEmpty()) {
			parts.add(msg("sla.admin.condition.marketplaces", locale, c.marketplaces().stream().sorted()
				.map(m -> MARKETPLACES.getOrDefault(m, m)).collect(Collectors.joining(", "))));
		}
		if (!c.priorities().isEmpty()) {
			parts.add(msg("sla.admin.condition.priorities", locale, c.priorities().stream().sorted()
				.map(p -> msg("priority." + p.key(), locale)).collect(Collectors.joining(", "))));
		}
		if (!c.ticketTags().isEmpty()) {
			parts.add(msg("sla.admin.condition.tags", locale, String.join(", ", c.ticketTags().stream().sorted()
				.toList())));
		}
		return parts;
	}

	/** "24 h · calendar hours", "1 h 30 min · business hours", or "—" when the target is not measured. */
	private String target(@Nullable SlaTarget target, Locale locale) {
		if (target == null) {
			return "—";
		}
		int hours = target.minutes() / 60;
		int minutes = target.minutes() % 60;
		String amount = hours == 0 ? msg("sla.admin.duration.minutes", locale, minutes)
				: minutes == 0 ? msg("sla.admin.duration.hours", locale, hours)
						: msg("sla.admin.duration.hours_minutes", locale, hours, minutes);
		return amount + " · " + msg(target.businessHours() ? "sla.admin.clock.business" : "sla.admin.clock.calendar",
				locale);
	}

	private PageError error(DomainException e, Locale locale) {
		return new PageError(e.code(), messages.getMessage("error." + e.code(), null, e.getMessage(), locale));
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
