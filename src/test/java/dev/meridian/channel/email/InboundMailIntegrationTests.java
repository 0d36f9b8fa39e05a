package dev.meridian.channel.email;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.tokenFor;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import dev.meridian.channel.email.internal.inbound.Corpus;
import dev.meridian.channel.email.internal.inbound.InboundStep;
import dev.meridian.customer.Customers;
import dev.meridian.customer.IdentityKind;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class InboundMailIntegrationTests {

	/** Simulates a crash in the middle of an import: the first attempt for a marked subject fails after parsing. */
	@TestConfiguration
	static class CrashOnce {

		static final java.util.Set<String> crashed = java.util.concurrent.ConcurrentHashMap.newKeySet();

		@Bean
		@Order(95)
		InboundStep crashInTheMiddle() {
			return inbound -> {
				String subject = inbound.mail().subject();
				if (subject.contains("CRASH-ONCE") && crashed.add(subject)) {
					throw new IllegalStateException("simulated crash while importing");
				}
			};
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	InboundMail inbound;

	@Autowired
	Tickets tickets;

	@Autowired
	Customers customers;

	@Autowired
	JdbcClient jdbc;

	BrandId brand;
	MailboxView mailbox;

	@BeforeEach
	void setUp() {
		brand = newBrand(brands);
		mailbox = mailboxes.create(new MailboxDraft(brand.toString(), "Support", unique("support") + "@shop.example",
				null, null, false, null, false));
	}

	@Test
	void aCustomersMailOpensATicketThroughTheInboundEndpoint() throws Exception {
		String token = "Bearer " + tokenFor(mvc, agents, "integration");
		String body = mvc.perform(post("/api/v1/mailboxes/" + mailbox.id() + "/inbound").header("Authorization", token)
			.contentType("message/rfc822").content(Corpus.eml("related-inline-and-attachment.eml")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ticket").isString())
			.andExpect(jsonPath("$.message").isString())
			.andExpect(jsonPath("$.duplicate").value(false))
			.andReturn().getResponse().getContentAsString();
		TicketId ticketId = TicketId.parse(tools.jackson.databind.json.JsonMapper.builder().build().readTree(body)
			.get("ticket").asString());

		TicketView ticket = tickets.get(ticketId);
		assertThat(ticket.subject()).isEqualTo("Schaden an der Lieferung – Foto anbei");
		assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
		assertThat(customers.get(ticket.customer()).email()).isEqualTo("noah@buyer.example");
		MessageView message = tickets.conversation(ticketId).get(0);
		assertThat(message.body()).contains("The box was crushed");
		assertThat(message.html()).contains("/mail/inline/").doesNotContain("cid:");
		assertThat(message.attachments()).extracting(MessageView.AttachmentView::fileName)
			.containsExactly("photo.png", "发票 Rechnung ü.pdf");

		String src = org.jsoup.Jsoup.parse(message.html()).selectFirst("img").attr("src");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(src)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("agent")
				.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ticket:read"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/png"));
	}

	@Test
	void theSameMessageTwiceLandsOnce() throws Exception {
		String token = "Bearer " + tokenFor(mvc, agents, "admin");
		byte[] raw = TestMail.from("twice@buyer.example").bytes();
		mvc.perform(post("/api/v1/mailboxes/" + mailbox.id() + "/inbound").header("Authorization", token)
			.contentType("message/rfc822").content(raw)).andExpect(status().isCreated());
		String again = mvc.perform(post("/api/v1/mailboxes/" + mailbox.id() + "/inbound").header("Authorization", token)
			.contentType("message/rfc822").content(raw))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andReturn().getResponse().getContentAsString();
		TicketId ticket = TicketId.parse(tools.jackson.databind.json.JsonMapper.builder().build().readTree(again)
			.get("ticket").asString());
		assertThat(tickets.conversation(ticket)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from raw_mail where mailbox_id = ?").param(mailbox.id().value())
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aMessageWithoutMessageIdIsDedupedByItsContent() {
		byte[] raw = Corpus.eml("no-message-id.eml");
		Imported first = inbound.receive(mailbox.id(), raw, "test");
		Imported second = inbound.receive(mailbox.id(), raw, "test");
		assertThat(first.outcome()).isEqualTo(Imported.Outcome.ADDED);
		assertThat(second.duplicate()).isTrue();
		assertThat(second.ticket()).isEqualTo(first.ticket());
	}

	@Test
	void oneMailToTwoMailboxesOfTheSameBrandMakesOneTicket() {
		MailboxView sales = mailboxes.create(new MailboxDraft(brand.toString(), "Sales", unique("sales") + "@shop.example",
				null, null, false, null, false));
		byte[] raw = TestMail.from("both@buyer.example").to(mailbox.address() + ", " + sales.address()).bytes();
		Imported first = inbound.receive(mailbox.id(), raw, "test");
		Imported second = inbound.receive(sales.id(), raw, "test");
		assertThat(second.duplicate()).isTrue();
		assertThat(second.ticket()).isEqualTo(first.ticket());
	}

	@Test
	void agentsCannotUseTheInboundEndpoint() throws Exception {
		String token = "Bearer " + tokenFor(mvc, agents, "agent");
		mvc.perform(post("/api/v1/mailboxes/" + mailbox.id() + "/inbound").header("Authorization", token)
			.contentType("message/rfc822").content(TestMail.from("x@buyer.example").bytes()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/mailboxes/" + mailbox.id() + "/inbound")
			.contentType("message/rfc822").content(TestMail.from("x@buyer.example").bytes()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anIntegrationTokenCannotDoAnythingElse() throws Exception {
		String token = "Bearer " + tokenFor(mvc, agents, "integration");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tickets")
			.header("Authorization", token)).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/mailboxes")
			.header("Authorization", token)).andExpect(status().isForbidden());
	}

	@Test
	void aCrashInTheMiddleOfAnImportLosesNothingAndDoublesNothing() {
		byte[] raw = TestMail.from("crash@buyer.example").subject("CRASH-ONCE " + unique("s")).bytes();
		Imported first = inbound.receive(mailbox.id(), raw, "test");
		assertThat(first.outcome()).isEqualTo(Imported.Outcome.PENDING);
		assertThat(jdbc.sql("select status from raw_mail where id = ?").param(first.rawMail()).query(String.class)
			.single()).isEqualTo("failed");
		assertThat(jdbc.sql("select count(*) from email_message where raw_mail_id = ?").param(first.rawMail())
			.query(Long.class).single()).isZero();

		Imported retried = inbound.process(first.rawMail());
		assertThat(retried.outcome()).isEqualTo(Imported.Outcome.ADDED);
		Imported redelivered = inbound.receive(mailbox.id(), raw, "test");
		assertThat(redelivered.duplicate()).isTrue();
		assertThat(tickets.conversation(retried.ticket())).hasSize(1);
	}

	@Test
	void mailStoredButNeverProcessedIsPickedUpLater() {
		long rawId = jdbc.sql("insert into raw_mail (mailbox_id, brand_id, source, received_at, sha256, size, content, status, attempts) "
				+ "values (?, ?, 'test', ?, 'x', 1, ?, 'received', 0)")
			.params(mailbox.id().value(), brand.value(), java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(120)),
					TestMail.from("stranded@buyer.example").subject(unique("stranded")).bytes())
			.update() > 0 ? jdbc.sql("select max(id) from raw_mail").query(Long.class).single() : 0;
		inbound.retryUnprocessed();
		assertThat(jdbc.sql("select status from raw_mail where id = ?").param(rawId).query(String.class).single())
			.isEqualTo("imported");
	}

	@Test
	void amazonRelayMailBecomesAMarketplaceTicketForTheBuyer() {
		Imported imported = inbound.receive(mailbox.id(), Corpus.eml("amazon-relay-de.eml"), "test");
		TicketView ticket = tickets.get(imported.ticket());
		assertThat(ticket.channel()).isEqualTo(Channel.MARKETPLACE);
		assertThat(ticket.tags()).contains("amazon", "amazon-de", "order:302-1234567-7654321");
		// The tags arrive after the ticket opens; the SLA follows them to Amazon's 24 calendar hours.
		assertThat(ticket.nextDueAt()).isEqualTo(ticket.createdAt().plus(java.time.Duration.ofHours(24)));
		var customer = customers.get(ticket.customer());
		assertThat(customer.name()).isEqualTo("Max Mustermann");
		assertThat(customer.country()).isEqualTo("DE");
		assertThat(customer.identities()).anySatisfy(identity -> {
			assertThat(identity.kind()).isEqualTo(IdentityKind.MARKETPLACE_BUYER);
			assertThat(identity.value()).isEqualTo("amazon-de:q7w8e9r0t1y2u3i");
		});
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "us,111-2223334-4445556", "ca,702-1112223-3334445",
			"mx,701-5556667-7778889", "uk,202-3334445-5556667", "fr,171-4445556-6667778", "it,171-9990001-1112223",
			"es,171-1231231-2342342", "nl,404-5675675-6786786", "se,406-1010101-2020202", "pl,407-3030303-4040404",
			"jp,249-5050505-6060606", "au,250-7070707-8080808" })
	void amazonRelayMailFromEveryMarketplaceCarriesItsCountryAndOrder(String country, String order) {
		Imported imported = inbound.receive(mailbox.id(), Corpus.eml("amazon-relay-" + country + ".eml"), "test");
		TicketView ticket = tickets.get(imported.ticket());
		assertThat(ticket.channel()).isEqualTo(Channel.MARKETPLACE);
		assertThat(ticket.tags()).contains("amazon", "amazon-" + country, "order:" + order);
		assertThat(customers.get(ticket.customer()).name()).isEqualTo("Buyer " + country.toUpperCase(java.util.Locale.ROOT));
		assertThat(tickets.conversation(ticket.id()).get(0).body()).doesNotContain("\uFFFD").contains(order);
	}

	@Test
	void ebayRelayMailIsRecognised() {
		Imported imported = inbound.receive(mailbox.id(), Corpus.eml("ebay-relay-uk.eml"), "test");
		TicketView ticket = tickets.get(imported.ticket());
		assertThat(ticket.channel()).isEqualTo(Channel.MARKETPLACE);
		assertThat(ticket.tags()).contains("ebay", "ebay-uk");
	}

	@Test
	void htmlIsSanitizedAndRemoteImagesAreBlocked() {
		Imported imported = inbound.receive(mailbox.id(), Corpus.eml("alternative-html.eml"), "test");
		MessageView message = tickets.conversation(imported.ticket()).get(0);
		assertThat(message.html()).doesNotContain("<script", "onclick", "<form", "javascript:", " src=\"https://tracker")
			.contains("data-src=\"https://tracker.example/open.gif?id&#61;42\"", "https://shop.example/orders/1");
		assertThat(message.body()).contains("blender stopped working");
	}

	@Test
	void everyCorpusMailImports() {
		for (String name : List.of("utf8-quoted-printable.eml", "gb2312-labelled-gbk.eml", "gbk.eml", "gb18030.eml",
				"big5.eml", "shift-jis.eml", "iso-2022-jp.eml", "euc-kr.eml", "koi8-r.eml", "windows-1251.eml",
				"windows-1252.eml", "windows-1250.eml", "latin1-labelled-utf8.eml", "unlabelled-gbk.eml",
				"utf8-labelled-cp1252.eml", "split-encoded-words.eml", "rfc2047-filename.eml", "html-only.eml",
				"precedence-bulk.eml", "forwarded.eml", "euc-jp.eml", "iso-8859-2.eml", "ks-c-5601.eml",
				"attached-message.eml", "multipart-signed.eml", "calendar-invite.eml", "alternative-html.eml")) {
			Imported imported = inbound.receive(mailbox.id(), Corpus.eml(name), "test");
			assertThat(imported.outcome()).as(name).isIn(Imported.Outcome.ADDED, Imported.Outcome.DUPLICATE);
			assertThat(tickets.conversation(imported.ticket()).get(0).body()).as(name).doesNotContain("\uFFFD").isNotBlank();
		}
	}

}
