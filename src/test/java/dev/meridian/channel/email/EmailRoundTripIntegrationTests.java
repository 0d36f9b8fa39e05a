package dev.meridian.channel.email;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.tokenFor;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.channel.email.internal.ImapMailboxPoller;
import dev.meridian.channel.email.internal.outbound.OutboxDispatcher;
import dev.meridian.customer.Customers;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole journey through real mail servers (GreenMail, SMTP and IMAP): a customer's mail arrives by IMAP, an
 * agent replies through the API, the customer receives a correctly threaded reply, answers it, and the same
 * ticket opens again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmailRoundTripIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	ImapMailboxPoller poller;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	Tickets tickets;

	@Autowired
	Customers customers;

	@Autowired
	JdbcClient jdbc;

	BrandId brand;
	String support;
	String customer;
	MailboxView mailbox;

	@BeforeEach
	void setUp() {
		brand = newBrand(brands);
		support = unique("support") + "@shop.example";
		customer = unique("kunde") + "@buyer.example";
		greenMail.setUser(support, support, "support-pass");
		greenMail.setUser(customer, customer, "customer-pass");
		mailbox = mailboxes.create(new MailboxDraft(brand.toString(), "Support DE", support, "Shop Support",
				new MailboxDraft.ImapDraft("127.0.0.1", greenMail.getImap().getPort(), "none", support, "support-pass",
						"INBOX", "mark-seen", null),
				false, new MailboxDraft.SmtpDraft("127.0.0.1", greenMail.getSmtp().getPort(), "none", support,
						"support-pass"),
				false));
	}

	@Test
	void aCustomerWritesTheAgentRepliesTheCustomerAnswersAndTheTicketReopens() throws Exception {
		MimeMessage first = customerMail("Wo ist meine Bestellung?", "Hallo, mein Paket ist nicht angekommen.");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Hallo, mein Paket ist nicht angekommen.", "UTF-8");
		MimeBodyPart receipt = new MimeBodyPart();
		receipt.setContent("Quittung 4711".getBytes(), "application/octet-stream");
		receipt.setFileName("quittung.txt");
		MimeMultipart mixed = new MimeMultipart(text, receipt);
		first.setContent(mixed);
		first.saveChanges();
		Transport.send(first);
		String firstId = first.getMessageID();

		assertThat(poller.poll(mailbox.id().value())).isEqualTo(1);
		TicketView ticket = ticketOf(firstId);
		assertThat(customers.get(ticket.customer()).email()).isEqualTo(customer);
		MessageView received = tickets.conversation(ticket.id()).get(0);
		assertThat(received.body()).contains("mein Paket ist nicht angekommen");
		assertThat(received.attachments()).extracting(MessageView.AttachmentView::fileName).containsExactly("quittung.txt");
		assertThat(serverCopyIsSeen(support)).isTrue();
		assertThat(poller.poll(mailbox.id().value())).isZero();

		String agent = "Bearer " + tokenFor(mvc, agents, "agent");
		mvc.perform(post("/api/v1/tickets/" + ticket.id() + "/messages").header("Authorization", agent)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"Guten Tag, das Paket ist unterwegs.\", \"status\": \"solved\"}"))
			.andExpect(status().isCreated());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			dispatcher.dispatchDue();
			assertThat(greenMail.getReceivedMessagesForDomain("buyer.example")).anySatisfy(
					m -> assertThat(m.getSubject()).contains("[#" + ticket.number() + "]"));
		});
		MimeMessage reply = java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain("buyer.example"))
			.filter(m -> subjectOf(m).contains("[#" + ticket.number() + "]"))
			.findFirst().orElseThrow();
		assertThat(reply.getSubject()).isEqualTo("Re: Wo ist meine Bestellung? [#" + ticket.number() + "]");
		assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(firstId);
		assertThat(reply.getHeader("References", null)).contains(firstId);
		assertThat(reply.getMessageID()).endsWith("@shop.example>");
		assertThat(((InternetAddress) reply.getFrom()[0]).getPersonal()).isEqualTo("Shop Support");
		assertThat(((Multipart) reply.getContent()).getContentType()).startsWith("multipart/alternative");
		assertThat(tickets.get(ticket.id()).status()).isEqualTo(TicketStatus.SOLVED);
		assertThat(jdbc.sql("select status from email_outbox where ticket_id = ?").param(ticket.id().value())
			.query(String.class).single()).isEqualTo("sent");

		MimeMessage answer = customerMail("Re: " + reply.getSubject(), "Danke! Aber die Sendungsnummer fehlt.");
		answer.setHeader("In-Reply-To", reply.getMessageID());
		answer.setHeader("References", reply.getHeader("References", null) + " " + reply.getMessageID());
		Transport.send(answer);
		assertThat(poller.poll(mailbox.id().value())).isEqualTo(1);
		assertThat(tickets.get(ticket.id()).status()).isEqualTo(TicketStatus.OPEN);
		assertThat(tickets.conversation(ticket.id())).extracting(MessageView::body)
			.last().asString().contains("Sendungsnummer fehlt");

		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain("buyer.example"))
			.filter(m -> subjectOf(m).contains("[#" + ticket.number() + "]")).count()).isEqualTo(1);
	}

	@Test
	void aReplyThatCannotBeDeliveredIsRetriedWithTheReasonShown() throws Exception {
		MailboxView broken = mailboxes.update(mailbox.id(), new MailboxDraft(null, null, null, null, null, false,
				new MailboxDraft.SmtpDraft("127.0.0.1", 1, "none", null, null), false));
		assertThat(broken.smtp().port()).isEqualTo(1);
		Transport.send(customerMail("Retry please", "Hello"));
		poller.poll(mailbox.id().value());
		TicketView ticket = latestTicketFrom(customer);
		String agent = "Bearer " + tokenFor(mvc, agents, "agent");
		mvc.perform(post("/api/v1/tickets/" + ticket.id() + "/messages").header("Authorization", agent)
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"On its way.\"}"))
			.andExpect(status().isCreated());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			dispatcher.dispatchDue();
			assertThat(jdbc.sql("select status from email_outbox where ticket_id = ?").param(ticket.id().value())
				.query(String.class).single()).isEqualTo("retrying");
		});
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/email-deliveries?ticket=" + ticket.id()).header("Authorization", agent))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].status")
				.value("retrying"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].lastError")
				.isNotEmpty())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].nextAttemptAt")
				.isNotEmpty());
	}

	@Test
	void aBounceMarksTheReplyFailedWithTheServersReason() throws Exception {
		Transport.send(customerMail("Bounce me", "Hello"));
		poller.poll(mailbox.id().value());
		TicketView ticket = latestTicketFrom(customer);
		String agent = "Bearer " + tokenFor(mvc, agents, "agent");
		mvc.perform(post("/api/v1/tickets/" + ticket.id() + "/messages").header("Authorization", agent)
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"On its way.\"}"))
			.andExpect(status().isCreated());
		String headerId = jdbc.sql("select header_id from email_outbox where ticket_id = ?").param(ticket.id().value())
			.query(String.class).single();
		String dsn = """
				From: Mail Delivery System <MAILER-DAEMON@mx.buyer.example>
				To: %s
				Subject: Undelivered Mail Returned to Sender
				Message-ID: <dsn-%s@mx.buyer.example>
				Auto-Submitted: auto-replied
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="R"

				--R
				Content-Type: text/plain

				Your message could not be delivered.
				--R
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.buyer.example

				Final-Recipient: rfc822; %s
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable
				--R
				Content-Type: text/rfc822-headers

				From: %s
				Subject: Re: Bounce me
				Message-ID: <%s>
				--R--
				""".formatted(support, headerId, customer, support, headerId).replace("\n", "\r\n");
		Imported imported = inboundMail.receive(mailbox.id(), dsn.getBytes(), "test");
		assertThat(imported.outcome()).isEqualTo(Imported.Outcome.BOUNCE);
		assertThat(jdbc.sql("select status from email_outbox where ticket_id = ?").param(ticket.id().value())
			.query(String.class).single()).isEqualTo("failed");
		assertThat(jdbc.sql("select last_error from email_outbox where ticket_id = ?").param(ticket.id().value())
			.query(String.class).single()).contains("550 5.1.1 mailbox unavailable");
		assertThat(tickets.conversation(ticket.id())).hasSize(2);
	}

	@Test
	void theConnectionTestPassesAndNamesAWrongPassword() {
		ConnectionReport ok = mailboxes.test(mailbox.id());
		assertThat(ok.imap().ok()).as(ok.imap().message()).isTrue();
		assertThat(ok.smtp().ok()).as(ok.smtp().message()).isTrue();
		mailboxes.update(mailbox.id(), new MailboxDraft(null, null, null, null,
				new MailboxDraft.ImapDraft(null, null, null, null, "wrong", null, null, null), false, null, false));
		ConnectionReport wrong = mailboxes.test(mailbox.id());
		assertThat(wrong.imap().ok()).isFalse();
		assertThat(wrong.imap().failedAt()).isEqualTo("login");
		mailboxes.update(mailbox.id(), new MailboxDraft(null, null, null, null,
				new MailboxDraft.ImapDraft(null, null, null, null, "support-pass", "NoSuchFolder", null, null), false,
				null, false));
		assertThat(mailboxes.test(mailbox.id()).imap().failedAt()).isEqualTo("folder");
	}

	@Autowired
	InboundMail inboundMail;

	@Test
	void importedMailIsMovedOrDeletedOnTheServerOnlyAfterItIsStored() throws Exception {
		mailboxes.update(mailbox.id(), new MailboxDraft(null, null, null, null,
				new MailboxDraft.ImapDraft(null, null, null, null, null, null, "move", "Imported"), false, null, false));
		Transport.send(customerMail("Move me", "Please move this mail."));
		assertThat(poller.poll(mailbox.id().value())).isEqualTo(1);
		assertThat(folderSize(support, "INBOX")).isZero();
		assertThat(folderSize(support, "Imported")).isEqualTo(1);

		mailboxes.update(mailbox.id(), new MailboxDraft(null, null, null, null,
				new MailboxDraft.ImapDraft(null, null, null, null, null, null, "delete", null), false, null, false));
		Transport.send(customerMail("Delete me", "Please delete this mail."));
		assertThat(poller.poll(mailbox.id().value())).isEqualTo(1);
		assertThat(folderSize(support, "INBOX")).isZero();
		assertThat(jdbc.sql("select count(*) from raw_mail where mailbox_id = ? and source = 'imap'")
			.param(mailbox.id().value()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aMailboxThatFailsToImportKeepsTheServerCopyUntouchedUntilTheStoreWorks() throws Exception {
		Transport.send(customerMail("Keep me", "Hello"));
		// the raw store refuses this mailbox's mail, as a full disk or a lost database connection would
		jdbc.sql("alter table raw_mail add constraint ck_test_refuse_raw check (mailbox_id <> " + mailbox.id().value() + ")")
			.update();
		try {
			assertThat(poller.poll(mailbox.id().value())).isZero();
		}
		finally {
			jdbc.sql("alter table raw_mail drop constraint ck_test_refuse_raw").update();
		}
		assertThat(serverCopyIsSeen(support)).as("not marked seen while nothing was stored").isFalse();
		assertThat(mailboxes.get(mailbox.id()).lastPollError()).isNotBlank();
		assertThat(poller.poll(mailbox.id().value())).isEqualTo(1);
		assertThat(serverCopyIsSeen(support)).isTrue();
	}

	@Test
	void aNodeThatDiesWhileSendingLeavesAClaimThatExpiresAndTheMailGoesOutOnce() throws Exception {
		Transport.send(customerMail("Crash while sending", "Hello"));
		poller.poll(mailbox.id().value());
		TicketView ticket = latestTicketFrom(customer);
		String agent = "Bearer " + tokenFor(mvc, agents, "agent");
		// hold the background outbox task of every test context (they share the database), so that only this test
		// sends; then give a run already under way time to finish
		jdbc.sql("update scheduled_tasks set picked = true, picked_by = 'test-holds-the-outbox', version = version + 1, "
				+ "last_heartbeat = ?, execution_time = ? where task_name = 'email-outbox'")
			.params(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)),
					java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)))
			.update();
		Thread.sleep(2000);
		try {
			mvc.perform(post("/api/v1/tickets/" + ticket.id() + "/messages").header("Authorization", agent)
				.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"Sending once.\"}"))
				.andExpect(status().isCreated());
			// the node claims the mail and dies before sending
			jdbc.sql("update email_outbox set status = 'sending', claimed_by = 'dead-node', claimed_at = ?, attempts = 1 "
					+ "where ticket_id = ?")
				.params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(11))),
						ticket.id().value())
				.update();
			assertThat(dispatcher.dispatchDue()).isEqualTo(1);
			assertThat(dispatcher.dispatchDue()).isZero();
		}
		finally {
			jdbc.sql("update scheduled_tasks set picked = false, picked_by = null, version = version + 1, execution_time = ? "
					+ "where task_name = 'email-outbox'").param(java.sql.Timestamp.from(java.time.Instant.now())).update();
		}
		assertThat(java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain("buyer.example"))
			.filter(m -> subjectOf(m).contains("[#" + ticket.number() + "]")).count()).isEqualTo(1);
		assertThat(jdbc.sql("select status from email_outbox where ticket_id = ?").param(ticket.id().value())
			.query(String.class).single()).isEqualTo("sent");
	}

	private int folderSize(String user, String name) throws Exception {
		Store store = Session.getInstance(new Properties()).getStore("imap");
		store.connect("127.0.0.1", greenMail.getImap().getPort(), user, "support-pass");
		try {
			Folder folder = store.getFolder(name);
			if (!folder.exists()) {
				return 0;
			}
			folder.open(Folder.READ_ONLY);
			int count = folder.getMessageCount();
			folder.close(false);
			return count;
		}
		finally {
			store.close();
		}
	}

	private MimeMessage customerMail(String subject, String body) throws Exception {
		Properties props = new Properties();
		props.setProperty("mail.smtp.host", "127.0.0.1");
		props.setProperty("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(props));
		message.setFrom(new InternetAddress(customer, "Kunde Test", "UTF-8"));
		message.setRecipients(MimeMessage.RecipientType.TO, support);
		message.setSubject(subject, "UTF-8");
		message.setText(body, "UTF-8");
		message.saveChanges();
		return message;
	}

	private TicketView latestTicketFrom(String address) {
		Long id = jdbc.sql("select ticket_id from email_message where from_address = ? order by id desc limit 1")
			.param(address).query(Long.class).single();
		return tickets.get(new TicketId(id));
	}

	private TicketView ticketOf(String messageId) {
		Long id = jdbc.sql("select ticket_id from email_message where header_id = ?")
			.param(messageId.replaceAll("[<>]", "").toLowerCase()).query(Long.class).single();
		return tickets.get(new TicketId(id));
	}

	private boolean serverCopyIsSeen(String user) throws Exception {
		Properties props = new Properties();
		Store store = Session.getInstance(props).getStore("imap");
		store.connect("127.0.0.1", greenMail.getImap().getPort(), user, "support-pass");
		try {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			boolean seen = java.util.Arrays.stream(inbox.getMessages()).allMatch(m -> {
				try {
					return m.isSet(Flags.Flag.SEEN);
				}
				catch (jakarta.mail.MessagingException e) {
					return false;
				}
			});
			inbox.close(false);
			return seen;
		}
		finally {
			store.close();
		}
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject() == null ? "" : message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			return "";
		}
	}
}
