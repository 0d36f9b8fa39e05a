package dev.meridian.sla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.sla.BusinessCalendarView;
import dev.meridian.sla.BusinessCalendars;
import dev.meridian.sla.Holiday;
import dev.meridian.sla.OpeningHours;
import dev.meridian.sla.SlaPolicies;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.sla.SlaTarget;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The SLA admin pages as an admin uses them: policies created, reordered and refused through the form, calendars
 * with split and overnight hours, holidays typed or imported. Every policy made here is limited to a brand of its
 * own, so it never decides another test's ticket.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SlaPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	SlaPolicies policies;

	@Autowired
	BusinessCalendars calendars;

	private RequestPostProcessor admin() {
		return user(new AgentPrincipal(agents.byEmail("admin@meridian.test").orElseThrow(), null));
	}

	private RequestPostProcessor newAgent(String role, String locale) {
		var agent = agents.create(new AgentDraft(role + " " + unique(), unique(role) + "@meridian.test",
				"a-long-password-1", role, null, null, null, null, null, locale, null, null, true));
		return user(new AgentPrincipal(agent, null));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String unique(String prefix) {
		return prefix + "-" + unique();
	}

	private BrandId newBrand() {
		return brands.create(new BrandDraft(unique("Brand"), null, null)).id();
	}

	private SlaPolicyView policyNamed(String name) {
		return policies.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void anAdminCreatesAPolicyWhoseTargetsAreEnteredInHoursAndMinutes() throws Exception {
		BrandId brand = newBrand();
		String name = unique("VIP email");
		mvc.perform(get("/admin/sla/policies/new").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Applies to")));
		mvc.perform(post("/admin/sla/policies").with(admin()).with(csrf())
			.param("name", name).param("enabled", "on").param("_enabled", "on")
			.param("brands", brand.toString()).param("channels", "email").param("priorities", "high", "urgent")
			.param("ticketTags", "vip， gold")
			.param("firstReply.amount", "2").param("firstReply.unit", "hours").param("firstReply.clock", "business")
			.param("nextReply.amount", "")
			.param("resolution.amount", "90").param("resolution.unit", "minutes").param("resolution.clock", "calendar")
			.param("warnPercent", "80"))
			.andExpect(redirectedUrl("/admin/sla"))
			.andExpect(flash().attribute("flash", "Policy “" + name + "” created."));

		SlaPolicyView policy = policyNamed(name);
		assertThat(policy.firstReply()).isEqualTo(new SlaTarget(120, true));
		assertThat(policy.nextReply()).isNull();
		assertThat(policy.resolution()).isEqualTo(new SlaTarget(90, false));
		assertThat(policy.warnPercent()).isEqualTo(80);
		assertThat(policy.conditions().brands()).containsExactly(brand);
		assertThat(policy.conditions().channels()).containsExactly(Channel.EMAIL);
		assertThat(policy.conditions().priorities()).containsExactlyInAnyOrder(Priority.HIGH, Priority.URGENT);
		assertThat(policy.conditions().ticketTags()).containsExactlyInAnyOrder("vip", "gold");

		String page = mvc.perform(get("/admin/sla").with(admin())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(name, "2 h · business hours", "1 h 30 min · calendar hours", "Channel: Email",
				"Priority: High, Urgent", "warns at 80%");

		String edit = mvc.perform(get("/admin/sla/policies/" + policy.id() + "/edit").with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).contains("value=\"90\"", "value=\"gold, vip\"");
		policies.delete(policy.id());
	}

	@Test
	void movingAPolicyUpMakesItTheOneTriedFirst() throws Exception {
		BrandId brand = newBrand();
		String first = unique("Brand queue");
		String second = unique("Brand pre-sale");
		for (String name : List.of(first, second)) {
			mvc.perform(post("/admin/sla/policies").with(admin()).with(csrf()).param("name", name)
				.param("enabled", "on").param("brands", brand.toString()).param("firstReply.amount", "4"))
				.andExpect(redirectedUrl("/admin/sla"));
		}
		int before = policyNamed(first).position();
		assertThat(policyNamed(second).position()).isEqualTo(before + 1);

		mvc.perform(post("/admin/sla/policies/" + policyNamed(second).id() + "/move").with(admin()).with(csrf())
			.param("direction", "up"))
			.andExpect(redirectedUrl("/admin/sla"))
			.andExpect(flash().attribute("flash", "“" + second + "” is now number " + (before + 1) + "."));
		assertThat(policyNamed(second).position()).isEqualTo(before);
		assertThat(policyNamed(first).position()).isEqualTo(before + 1);

		policies.delete(policyNamed(first).id());
		policies.delete(policyNamed(second).id());
	}

	@Test
	void aRefusedPolicySaysWhyInTheAdminsLanguageAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/sla/policies").with(newAgent("admin", "zh-CN")).with(csrf())
			.param("name", "没有目标的策略").param("enabled", "on"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请至少设置一个目标")))
			.andExpect(content().string(containsString("value=\"没有目标的策略\"")));

		mvc.perform(post("/admin/sla/policies").with(admin()).with(csrf()).param("name", unique("Odd"))
			.param("firstReply.amount", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A target must be a whole number of minutes or hours")));
	}

	@Test
	void aCalendarKeepsSplitAndOvernightHoursAndTypedHolidays() throws Exception {
		String name = unique("Shanghai office");
		mvc.perform(get("/admin/sla/calendars/new").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Asia/Shanghai (UTC+08:00)")));
		mvc.perform(post("/admin/sla/calendars").with(admin()).with(csrf())
			.param("name", name).param("timeZone", "Asia/Shanghai")
			.param("hours[0]", "09:00-12:00, 13:00–18:00").param("hours[1]", "09:00-12:00, 13:00-18:00")
			.param("hours[2]", "").param("hours[3]", "").param("hours[4]", "22:00-06:00").param("hours[5]", "").param("hours[6]", "")
			.param("holidays", "2026-10-01 National Day\n\n2026-10-02"))
			.andExpect(redirectedUrl("/admin/sla"));

		BusinessCalendarView calendar = calendars.all().stream().filter(c -> c.name().equals(name)).findFirst()
			.orElseThrow();
		assertThat(calendar.hours()).contains(
				new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
				new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(18, 0)),
				new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
		assertThat(calendar.hours()).noneMatch(h -> h.day() == DayOfWeek.WEDNESDAY);
		assertThat(calendar.holidays()).containsExactly(new Holiday(LocalDate.of(2026, 10, 1), "National Day"),
				new Holiday(LocalDate.of(2026, 10, 2), "Holiday"));

		mvc.perform(get("/admin/sla/calendars/" + calendar.id() + "/edit").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"09:00-12:00, 13:00-18:00\"")))
			.andExpect(content().string(containsString("2026-10-01 National Day")));
		mvc.perform(get("/admin/sla").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Mon–Tue 09:00-12:00, 13:00-18:00")))
			.andExpect(content().string(containsString("Fri 22:00-06:00")));
		calendars.delete(calendar.id());
	}

	@Test
	void openingHoursThatAreNotTimesAreRefusedInWords() throws Exception {
		mvc.perform(post("/admin/sla/calendars").with(admin()).with(csrf()).param("name", unique("Bad hours"))
			.param("timeZone", "Europe/Lisbon").param("hours[0]", "nine to five"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Write opening hours as 09:00-18:00")))
			.andExpect(content().string(containsString("value=\"nine to five\"")));
		mvc.perform(post("/admin/sla/calendars").with(admin()).with(csrf()).param("name", unique("Late"))
			.param("timeZone", "Europe/Lisbon").param("hours[0]", "09:00-25:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A time must lie between 00:00 and 24:00")));
	}

	@Test
	void holidaysAreImportedFromAnICalendarFile() throws Exception {
		BusinessCalendarView calendar = calendars.create(new SlaRequests.CalendarRequest(unique("Lisbon"), null,
				"Europe/Lisbon", false, List.of(new SlaRequests.HoursJson("monday", "09:00", "18:00")), List.of(),
				false).toDraft());
		String ics = """
				BEGIN:VCALENDAR
				VERSION:2.0
				PRODID:-//Meridian//Pages test//EN
				BEGIN:VEVENT
				UID:portugal-day@test
				DTSTAMP:20260101T000000Z
				DTSTART;VALUE=DATE:20260610
				SUMMARY:Dia de Portugal
				END:VEVENT
				BEGIN:VEVENT
				UID:christmas@test
				DTSTAMP:20260101T000000Z
				DTSTART;VALUE=DATE:20261225
				SUMMARY:Natal
				END:VEVENT
				END:VCALENDAR
				""".replace("\n", "\r\n");
		mvc.perform(multipart("/admin/sla/calendars/" + calendar.id() + "/holidays")
			.file(new MockMultipartFile("file", "pt.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8)))
			.with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/sla/calendars/" + calendar.id() + "/edit"))
			.andExpect(flash().attribute("flash", "Found 2 holiday dates; 2 were new."));
		assertThat(calendars.get(calendar.id()).holidays()).extracting(Holiday::name)
			.containsExactlyInAnyOrder("Dia de Portugal", "Natal");

		mvc.perform(multipart("/admin/sla/calendars/" + calendar.id() + "/holidays")
			.file(new MockMultipartFile("file", "notes.txt", "text/plain", "not a calendar".getBytes()))
			.with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This file is not an iCalendar (.ics) file.")));
		calendars.delete(calendar.id());
	}

	@Test
	void aCalendarThatAPolicyCountsInIsNotDeletedAndThePageSaysWhy() throws Exception {
		BrandId brand = newBrand();
		BusinessCalendarView calendar = calendars.create(new SlaRequests.CalendarRequest(unique("Manila"), null,
				"Asia/Manila", true, List.of(), List.of(), false).toDraft());
		String name = unique("Manila VIP");
		mvc.perform(post("/admin/sla/policies").with(admin()).with(csrf()).param("name", name)
			.param("brands", brand.toString()).param("calendar", calendar.id().toString())
			.param("firstReply.amount", "1"))
			.andExpect(redirectedUrl("/admin/sla"));

		mvc.perform(post("/admin/sla/calendars/" + calendar.id() + "/delete").with(admin()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("An SLA policy counts in this calendar")));
		policies.delete(policyNamed(name).id());
		mvc.perform(post("/admin/sla/calendars/" + calendar.id() + "/delete").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/sla"));
		assertThat(calendars.all()).noneMatch(c -> c.id().equals(calendar.id()));
	}

	@Test
	void aPolicyThatNoLongerExistsShowsTheListWithWhy() throws Exception {
		mvc.perform(get("/admin/sla/policies/987654321/edit").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This SLA policy does not exist (any more).")))
			.andExpect(content().string(containsString("Business calendars")));
	}

	@Test
	void onlyThoseWhoMayChangeServiceLevelsSeeThePages() throws Exception {
		mvc.perform(get("/admin/sla").with(newAgent("agent", "en"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/sla/policies").with(newAgent("agent", "en")).with(csrf()).param("name", "Mine")
			.param("firstReply.amount", "1")).andExpect(status().isForbidden());
	}
}
