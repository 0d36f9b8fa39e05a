package dev.meridian.channel.email;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.channel.email.internal.ImapMailboxPoller;
import dev.meridian.identity.Brands;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports many messages from a GreenMail IMAP mailbox through the whole pipeline (raw store, parsing, dedupe,
 * threading, ticket, language detection) and prints messages per second and the heap in use. Off unless asked:
 * {@code ./mvnw -o test -Dtest=ImapImportBenchmark -Dmeridian.bench=true -Dmeridian.bench.count=10000}
 * (add {@code MERIDIAN_DB_URL=...} for PostgreSQL). Results are in docs/performance.md.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "meridian.bench", matches = "true")
class ImapImportBenchmark {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

	@Autowired
	Brands brands;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	ImapMailboxPoller poller;

	@Autowired
	JdbcClient jdbc;

	/** GreenMail walks its whole folder for every FETCH and STORE: kept small, the figure is Meridian's, not GreenMail's. */
	private static final int ARRIVING_AT_ONCE = 500;

	private static final String[] SUBJECTS = { "Where is my order?", "Wo ist meine Bestellung?", "我的包裹还没到",
			"注文した商品がまだ届きません", "¿Dónde está mi pedido?", "Refund request", "Produit endommagé" };

	@Test
	void importsManyMessages() throws Exception {
		int count = Integer.getInteger("meridian.bench.count", 1000);
		String support = unique("bench") + "@shop.example";
		GreenMailUser user = greenMail.setUser(support, support, "pw");
		MailboxView mailbox = mailboxes.create(new MailboxDraft(newBrand(brands).toString(), "Bench", support, null,
				new MailboxDraft.ImapDraft("127.0.0.1", greenMail.getImap().getPort(), "none", support, "pw", "INBOX",
						"delete", null),
				false, null, false));

		System.gc();
		long heapBefore = usedHeap();
		long peakHeap = heapBefore;
		long polling = 0;
		int imported = 0;
		for (int from = 0; from < count; from += ARRIVING_AT_ONCE) {
			deliver(user, support, from, Math.min(count, from + ARRIVING_AT_ONCE));
			long start = System.nanoTime();
			int batch;
			while ((batch = poller.poll(mailbox.id().value())) > 0) {
				imported += batch;
				peakHeap = Math.max(peakHeap, usedHeap());
			}
			polling += System.nanoTime() - start;
		}
		double seconds = polling / 1e9;
		System.gc();
		long stored = jdbc.sql("select count(*) from email_message where mailbox_id = ?").param(mailbox.id().value())
			.query(Long.class).single();
		System.out.printf("BENCH imported=%d stored=%d seconds=%.1f rate=%.1f msg/s heapBefore=%d MB peakUsed=%d MB "
				+ "afterGc=%d MB db=%s%n", imported, stored, seconds, imported / seconds, heapBefore >> 20, peakHeap >> 20,
				usedHeap() >> 20, System.getenv().getOrDefault("MERIDIAN_DB_URL", "h2:mem"));
		assertThat(stored).isEqualTo(count);
	}

	private static void deliver(GreenMailUser user, String support, int from, int to) throws Exception {
		Session session = Session.getInstance(new Properties());
		for (int i = from; i < to; i++) {
			String subject = SUBJECTS[i % SUBJECTS.length];
			MimeMessage message = new MimeMessage(session);
			message.setFrom(new InternetAddress("customer" + (i % 2000) + "@buyer.example", "Customer " + (i % 2000)));
			message.setRecipients(MimeMessage.RecipientType.TO, support);
			message.setSubject(subject + " #" + (i / 2000), "UTF-8");
			message.setText("Message " + i + ". " + subject + " Please help me with my order " + (100000 + i)
					+ ".\n\nThanks", "UTF-8");
			message.saveChanges();
			message.setHeader("Message-ID", "<bench-" + i + "-" + support + ">");
			user.deliver(message);
		}
	}

	@Autowired
	InboundMail inbound;

	@Test
	void importsManyMessagesWithoutImap() throws Exception {
		int count = Integer.getInteger("meridian.bench.count", 1000);
		MailboxView mailbox = mailboxes.create(new MailboxDraft(newBrand(brands).toString(), "Bench",
				unique("direct") + "@shop.example", null, null, false, null, false));
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			byte[] raw = ("From: Customer <customer" + (i % 2000) + "@buyer.example>\r\nTo: " + mailbox.address()
					+ "\r\nSubject: Where is my order? #" + i + "\r\nMessage-ID: <direct-" + i + "-" + mailbox.address()
					+ ">\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMessage " + i + ". Please help.\r\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			inbound.receive(mailbox.id(), raw, "bench");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("BENCH direct imported=%d seconds=%.1f rate=%.1f msg/s%n", count, seconds, count / seconds);
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
