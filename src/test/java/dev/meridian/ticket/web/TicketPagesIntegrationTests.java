package dev.meridian.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox and ticket pages through the whole stack: permissions, htmx fragments, errors in words. */
@SpringBootTest
@AutoConfigureMockMvc
class TicketPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	Customers customers;

	@Autowired
	Tickets tickets;

	private String run;
	private BrandView brand;
	private CustomerView customer;
	private AgentPrincipal agent;
	private AgentPrincipal reviewer;

	@BeforeEach
	void seed() {
		run = UUID.randomUUID().toString().substring(0, 8);
		brand = brands.create(new BrandDraft("Pages " + run, null, List.of()));
		customer = customers.create(new CustomerDraft("Kim Lee", "kim." + run + "@example.com", "en", "Asia/Seoul", "KR", null));
		agent = principal("agent", "en");
		reviewer = principal("reviewer", "en");
	}

	@Test
	void reviewerMayNotReplyToTheCustomer() throws Exception {
		TicketView ticket = open("Reviewer cannot reply " + run);
		mvc.perform(post("/tickets/{id}/messages", ticket.id()).param("kind", "reply").param("body", "Hello")
				.header("HX-Request", "true").with(user(reviewer)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(header().string("HX-Retarget", "#flash"))
			.andExpect(content().string(containsString("Your role may add internal notes but not write to customers")));
		mvc.perform(post("/tickets/{id}/messages", ticket.id()).param("kind", "reply").param("body", "Hello")
				.with(user(reviewer)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(tickets.conversation(ticket.id())).hasSize(1);
	}

	@Test
	void reviewerMayLeaveAnInternalNote() throws Exception {
		TicketView ticket = open("Reviewer notes " + run);
		mvc.perform(post("/tickets/{id}/messages", ticket.id()).param("kind", "note").param("body", "Tone is fine")
				.header("HX-Request", "true").with(user(reviewer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-swap-oob=\"beforeend:#conversation\"")))
			.andExpect(content().string(containsString("Tone is fine")));
		assertThat(tickets.conversation(ticket.id())).extracting(MessageView::kind)
			.containsExactly(MessageKind.INBOUND, MessageKind.NOTE);
	}

	@Test
	void reviewerMayNotChangeFields() throws Exception {
		TicketView ticket = open("Reviewer fields " + run);
		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("status", "solved")
				.header("HX-Request", "true").with(user(reviewer)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/tickets/{id}", ticket.id()).with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"kind-note\""), not(containsString("id=\"kind-reply\"")),
					not(containsString("id=\"f-status\"")))));
	}

	@Test
	void replyAppearsWithoutReloadAndSetsTheStatus() throws Exception {
		TicketView ticket = open("Reply with htmx " + run);
		mvc.perform(post("/tickets/{id}/messages", ticket.id()).param("kind", "reply").param("status", "pending")
				.param("body", "We are on it.").header("HX-Request", "true").with(user(agent)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("beforeend:#conversation"), containsString("We are on it."),
					containsString("id=\"ticket-head\""), containsString("id=\"count-open\""))));
		assertThat(tickets.get(ticket.id()).status()).isEqualTo(TicketStatus.PENDING);
	}

	@Test
	void formWithoutJavaScriptComesBackToTheTicket() throws Exception {
		TicketView ticket = open("Plain form " + run);
		mvc.perform(post("/tickets/{id}/messages", ticket.id()).param("kind", "note").param("body", "No JS here")
				.with(user(agent)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tickets/" + ticket.id()));
	}

	@Test
	void illegalTransitionIsExplainedInWords() throws Exception {
		TicketView ticket = open("Illegal transition " + run);
		tickets.update(ticket.id(), TicketChanges.status(TicketStatus.SOLVED));
		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("status", "pending")
				.header("HX-Request", "true").with(user(agent)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("X-Meridian-Alert", "true"))
			.andExpect(content().string(allOf(containsString("This status change is not allowed."),
					containsString("allowed: open, closed"), not(containsString("Exception")))));
	}

	@Test
	void unknownTicketIsAFriendlyNotFoundPage() throws Exception {
		mvc.perform(get("/tickets/{id}", 987654321L).with(user(agent)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("This ticket does not exist."),
					containsString("Go to the inbox"), not(containsString("Whitelabel")))));
	}

	@Test
	void inboxShowsViewsWithCountsAndTheList() throws Exception {
		TicketView ticket = open("Inbox row " + run);
		mvc.perform(get("/inbox").param("view", "all").param("brand", brand.id().toString()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("My open tickets"), containsString("id=\"count-unassigned\""),
					containsString(ticket.subject()), containsString("Kim Lee"), containsString("#" + ticket.number()))));
	}

	@Test
	void filterChangeSwapsOnlyTheListAndRefreshesTheCounts() throws Exception {
		TicketView ticket = open("Only the list " + run);
		open("Other subject " + run);
		mvc.perform(get("/inbox").param("view", "all").param("q", ticket.subject())
				.header("HX-Request", "true").header("HX-Target", "ticket-list").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"ticket-list\""), containsString(ticket.subject()),
					not(containsString("Other subject " + run)), containsString("hx-swap-oob=\"true\""),
					not(containsString("<html")))));
	}

	@Test
	void loadMoreFollowsTheKeysetCursor() throws Exception {
		for (int i = 1; i <= Workspace.PAGE_SIZE + 2; i++) {
			open(String.format("Paged %02d %s", i, run));
		}
		String first = mvc.perform(get("/inbox").param("view", "all").param("brand", brand.id().toString())
				.with(user(agent)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains("Paged 27 " + run).doesNotContain("Paged 01 " + run).contains("id=\"load-more\"");
		Matcher more = Pattern.compile("hx-get=\"(/inbox\\?[^\"]*cursor=[^\"]+)\"").matcher(first);
		assertThat(more.find()).isTrue();
		String next = more.group(1).replace("&amp;", "&");
		mvc.perform(get(next).header("HX-Request", "true").header("HX-Target", "load-more").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Paged 01 " + run), containsString("Paged 02 " + run),
					not(containsString("Paged 03 " + run)), not(containsString("id=\"load-more\"")))));
	}

	@Test
	void attachmentDownloadsThroughTheSession() throws Exception {
		TicketView ticket = open("Attachment " + run);
		MockMultipartFile file = new MockMultipartFile("files", "label.txt", "text/plain",
				"RMA 4711".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/tickets/{id}/messages", ticket.id()).file(file).param("kind", "note")
				.param("body", "Return label attached").header("HX-Request", "true").with(user(agent)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("label.txt")));
		AttachmentId attachment = tickets.conversation(ticket.id()).get(1).attachments().get(0).id();
		mvc.perform(get("/tickets/{t}/attachments/{a}", ticket.id(), attachment).with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string("RMA 4711"));
		TicketView other = open("Someone else's ticket " + run);
		mvc.perform(get("/tickets/{t}/attachments/{a}", other.id(), attachment).with(user(agent)))
			.andExpect(status().isNotFound());
	}

	@Test
	void assignToMeOpensTheTicketAndMergeClosesIt() throws Exception {
		TicketView source = open("Merge source " + run);
		TicketView target = open("Merge target " + run);
		mvc.perform(post("/tickets/{id}/fields", source.id()).param("assignee", "me")
				.header("HX-Request", "true").with(user(agent)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(tickets.get(source.id()).assignee()).isEqualTo(agent.id());
		assertThat(tickets.get(source.id()).status()).isEqualTo(TicketStatus.OPEN);
		mvc.perform(post("/tickets/{id}/merge", source.id()).param("target", "#" + target.number())
				.header("HX-Request", "true").with(user(agent)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/tickets/" + target.id()));
		assertThat(tickets.get(source.id()).status()).isEqualTo(TicketStatus.CLOSED);
	}

	@Test
	void theInboxShowsTheTimeLeftOrOverdueOfTheNextSlaTarget() throws Exception {
		TicketView overdue = tickets.open(new OpenTicket("Late buyer message " + run, brand.id(), Channel.MARKETPLACE,
				customer.id(), MessageBody.text("Where is it?"), null, List.of("amazon"),
				java.time.Instant.now().minus(java.time.Duration.ofHours(50))));
		TicketView fresh = tickets.open(new OpenTicket("Fresh buyer message " + run, brand.id(), Channel.MARKETPLACE,
				customer.id(), MessageBody.text("Is it in stock?"), null, List.of("amazon"), null));
		assertThat(overdue.nextDueAt()).isNotNull();
		assertThat(fresh.nextDueAt()).isNotNull();
		String page = mvc.perform(get("/inbox").param("view", "all").param("brand", brand.id().toString())
				.param("sort", "due").with(user(agent)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("due-badge due-overdue").contains("1d 2h overdue")
			.contains("due-badge due-later").containsPattern("23h 5[0-9]m left");
		assertThat(page.indexOf("Late buyer message " + run)).isLessThan(page.indexOf("Fresh buyer message " + run));
	}

	private TicketView open(String subject) {
		return tickets.open(new OpenTicket(subject, brand.id(), Channel.EMAIL, customer.id(),
				MessageBody.text("Hello, about " + subject), null, List.of(), null));
	}

	private AgentPrincipal principal(String role, String locale) {
		var view = agents.create(new AgentDraft(role + " " + run, role + "-" + run + "@pages.test", "Pages-Test-Pass-1", role,
				null, null, null, null, "Asia/Seoul", locale, null, null, true));
		return new AgentPrincipal(view, null);
	}
}
