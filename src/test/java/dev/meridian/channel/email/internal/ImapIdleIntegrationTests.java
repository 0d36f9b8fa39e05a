package dev.meridian.channel.email.internal;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.sendMail;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.channel.email.InboundMail;
import dev.meridian.channel.email.MailboxDraft;
import dev.meridian.channel.email.MailboxId;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Mailboxes;
import dev.meridian.channel.email.Receiving;
import dev.meridian.identity.Brands;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * IMAP IDLE against GreenMail, which offers IDLE; a relay in front of it hides IDLE or drops connections. The poll
 * interval stays at the test default of one hour, so mail that arrives within seconds came through IDLE. The
 * watchers' tick is an hour too: the tests tick by hand where they need one, and play a second node themselves.
 */
@SpringBootTest(properties = { "meridian.email.idle=true", "meridian.email.idle-tick=1h",
		"meridian.email.idle-renew=1s", "meridian.email.connect-timeout=2s" })
@DirtiesContext
class ImapIdleIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withPerMethodLifecycle(false);

	@Autowired
	Brands brands;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	ImapIdleWatchers watchers;

	@Autowired
	ImapMailboxPoller poller;

	@Autowired
	MailboxRepository repository;

	@Autowired
	IdleLeases leases;

	@Autowired
	EmailSettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InboundMail inbound;

	ImapProxy proxy;
	MailboxView mailbox;
	String support;

	/** The first import loads the language models, which takes longer than the seconds these tests allow. */
	@BeforeEach
	void warmUp() {
		if (!warm) {
			MailboxView any = mailboxes.create(new MailboxDraft(newBrand(brands).toString(), "Warm-up",
					unique("warm") + "@shop.example", null, null, false, null, false));
			inbound.receive(any.id(), ("From: someone@buyer.example\r\nTo: " + any.address()
					+ "\r\nSubject: Warm-up\r\nMessage-ID: <" + unique("warm") + "@buyer.example>\r\n\r\n"
					+ "Hello, where is my parcel? It has not arrived yet.\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"test");
			mailboxes.delete(any.id());
			warm = true;
		}
	}

	static boolean warm;

	@AfterEach
	void tearDown() {
		if (mailbox != null) {
			mailboxes.delete(mailbox.id());
		}
		if (proxy != null) {
			// the deleted mailbox's watcher logs out by itself; cutting it off would only make noise in GreenMail
			eventually(Duration.ofSeconds(10)).until(() -> proxy.open() == 0);
			proxy.close();
		}
	}

	/** GreenMail's handler threads throw when a connection is cut; that is the point of some of these tests. */
	private static ConditionFactory eventually(Duration atMost) {
		return await().dontCatchUncaughtExceptions().atMost(atMost);
	}

	@Test
	void mailArrivesWithinSecondsThroughIdleWhileThePollIntervalIsAnHour() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		mailbox = mailboxBehind(proxy.port());
		eventually(Duration.ofSeconds(10)).until(() -> proxy.idleCommands() >= 1);
		assertThat(mailboxes.get(mailbox.id()).receiving()).isEqualTo(Receiving.IDLE);
		// longer than the read timeout (2 s): a silent server during IDLE is no broken connection
		Thread.sleep(3000);

		String id = send("Where is my parcel?");

		eventually(Duration.ofSeconds(5)).until(() -> ticketOf(id) != null);
		assertThat(proxy.accepted()).isEqualTo(1);
	}

	@Test
	void idleIsIssuedAgainWhenItHasLastedTheRenewInterval() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		mailbox = mailboxBehind(proxy.port());
		eventually(Duration.ofSeconds(10)).until(() -> proxy.idleCommands() >= 1);
		Thread.sleep(settings.idleRenew().toMillis() + 200);

		watchers.tick();

		eventually(Duration.ofSeconds(5)).until(() -> proxy.idleCommands() >= 2);
		String id = send("Still there?");
		eventually(Duration.ofSeconds(5)).until(() -> ticketOf(id) != null);
		assertThat(proxy.accepted()).isEqualTo(1);
	}

	@Test
	void aDroppedConnectionIsOpenedAgainAndNoMailIsMissed() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		mailbox = mailboxBehind(proxy.port());
		eventually(Duration.ofSeconds(10)).until(() -> proxy.idleCommands() >= 1);

		proxy.dropAll();
		String id = send("Sent while the connection was down");

		eventually(Duration.ofSeconds(10)).until(() -> ticketOf(id) != null);
		assertThat(proxy.accepted()).isGreaterThanOrEqualTo(2);
		assertThat(mailboxes.get(mailbox.id()).receiving()).isEqualTo(Receiving.IDLE);
	}

	@Test
	void aServerWithoutIdleIsLeftToPolling() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), true);
		mailbox = mailboxBehind(proxy.port());
		eventually(Duration.ofSeconds(10)).until(() -> retryAfter(mailbox.id()) != null);
		eventually(Duration.ofSeconds(5)).until(() -> proxy.open() == 0);
		assertThat(proxy.idleCommands()).isZero();
		assertThat(watchers.watching()).doesNotContain(mailbox.id().value());
		assertThat(mailboxes.get(mailbox.id()).receiving()).isEqualTo(Receiving.POLLING);

		String id = send("Polled, not pushed");
		Thread.sleep(2000);
		assertThat(ticketOf(id)).isNull();

		assertThat(poller.poll(mailbox.id().value())).isEqualTo(1);
		assertThat(ticketOf(id)).isNotNull();
	}

	@Test
	void aMailboxWhoseIdleConnectionFailsSixTimesInARowFallsBackToPolling() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		proxy.cutNewConnections();
		mailbox = mailboxBehind(proxy.port());
		long mailboxId = mailbox.id().value();

		// attempts at 0, 1, 3, 7 and 15 s: after five failures the watcher still holds the mailbox and tries again
		eventually(Duration.ofSeconds(30)).until(() -> proxy.accepted() >= 5);
		assertThat(proxy.accepted()).isEqualTo(5);
		assertThat(retryAfter(mailbox.id())).isNull();
		assertThat(watchers.watching()).contains(mailboxId);
		assertThat(mailboxes.get(mailbox.id()).receiving()).isEqualTo(Receiving.IDLE);

		// the sixth failure, 16 s later, gives up: polling for the next 15 minutes, and the mailbox says so
		eventually(Duration.ofSeconds(30)).until(() -> retryAfter(mailbox.id()) != null);
		Instant fellBack = Instant.now();
		assertThat(proxy.accepted()).isEqualTo(6);
		MailboxView polled = mailboxes.get(mailbox.id());
		assertThat(polled.receiving()).isEqualTo(Receiving.POLLING);
		assertThat(polled.lastPollError()).isNotBlank();
		assertThat(retryAfter(mailbox.id()).toInstant())
			.isBetween(fellBack.plus(Duration.ofMinutes(14)), fellBack.plus(Duration.ofMinutes(15)));
		eventually(Duration.ofSeconds(5)).until(() -> !watchers.watching().contains(mailboxId));

		// no node tries IDLE again before then: the next tick leaves the mailbox to the poll
		watchers.tick();
		Thread.sleep(1500);
		assertThat(watchers.watching()).doesNotContain(mailboxId);
		assertThat(proxy.accepted()).isEqualTo(6);
		assertThat(mailboxes.get(mailbox.id()).receiving()).isEqualTo(Receiving.POLLING);
	}

	@Test
	void aRefusedOAuthGrantLeavesTheMailboxToPollingAtOnceInsteadOfReconnecting() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		support = unique("idle") + "@shop.example";
		greenMail.setUser(support, support, "no-token");
		try (TokenEndpointStandIn tokens = new TokenEndpointStandIn("idle-refresh", token -> {
		})) {
			tokens.revokeConsent();
			mailbox = mailboxes.create(new MailboxDraft(newBrand(brands).toString(), "Support", support, null,
					new MailboxDraft.ImapDraft("127.0.0.1", proxy.port(), "none", support, null, "INBOX", "mark-seen", null,
							new MailboxDraft.OAuthDraft("custom", tokens.tokenUrl(), null, TokenEndpointStandIn.CLIENT_ID,
									TokenEndpointStandIn.CLIENT_SECRET, "idle-refresh", null)),
					false, null, false));

			// well before the 1 + 2 + 4 + 8 + 16 s of reconnect pauses
			eventually(Duration.ofSeconds(5)).until(() -> retryAfter(mailbox.id()) != null);
			MailboxView polled = mailboxes.get(mailbox.id());
			assertThat(polled.receiving()).isEqualTo(Receiving.POLLING);
			assertThat(polled.lastPollError()).contains("invalid_grant");
			assertThat(polled.imap().oauth().refused()).contains("invalid_grant");
			assertThat(tokens.requests()).isEqualTo(1);
			assertThat(proxy.accepted()).as("no sign-in without a token").isZero();
		}
	}

	@Test
	void thePollSkipsAMailboxThatALiveIdleWatcherHoldsUnlessNothingCheckedItForTheSafetyInterval() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		mailbox = mailboxBehind(proxy.port());
		eventually(Duration.ofSeconds(10)).until(() -> proxy.open() == 1 && proxy.idleCommands() >= 1);
		assertThat(watchers.watching()).contains(mailbox.id().value());

		poller.pollAll();
		assertThat(proxy.accepted()).as("the poll left the idling mailbox alone").isEqualTo(1);

		// the IDLE connection is stuck: nothing has checked the mailbox for longer than the safety interval
		jdbc.sql("update mailbox set last_polled_at = ? where id = ?")
			.param(Instant.now().minus(settings.idleSafetyPoll()).minusSeconds(60).atOffset(ZoneOffset.UTC))
			.param(mailbox.id().value()).update();
		poller.pollAll();
		assertThat(proxy.accepted()).as("the safety poll connected").isEqualTo(2);
	}

	@Test
	void changedImapSettingsRestartTheWatcherAndRemovedOnesStopIt() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		mailbox = mailboxBehind(proxy.port());
		eventually(Duration.ofSeconds(10)).until(() -> proxy.open() == 1 && proxy.idleCommands() >= 1);
		int idledBefore = proxy.idleCommands();

		mailboxes.update(mailbox.id(), new MailboxDraft(null, null, null, null,
				new MailboxDraft.ImapDraft(null, null, null, null, null, "INBOX", "delete", null), false, null, false));
		eventually(Duration.ofSeconds(10))
			.until(() -> proxy.accepted() == 2 && proxy.open() == 1 && proxy.idleCommands() > idledBefore);
		String id = send("After the change");
		eventually(Duration.ofSeconds(5)).until(() -> ticketOf(id) != null);

		mailboxes.update(mailbox.id(), new MailboxDraft(null, null, null, null, null, true, null, false));
		eventually(Duration.ofSeconds(10)).until(() -> proxy.open() == 0);
		assertThat(watchers.watching()).doesNotContain(mailbox.id().value());
		assertThat(mailboxes.get(mailbox.id()).receiving()).isNull();
	}

	@Test
	void onlyOneNodeIdlesPerMailboxAndAnotherTakesOverWhenALeaseRunsOut() throws Exception {
		proxy = new ImapProxy(greenMail.getImap().getPort(), false);
		mailbox = mailboxBehind(proxy.port());
		long mailboxId = mailbox.id().value();
		eventually(Duration.ofSeconds(10)).until(() -> proxy.open() == 1 && proxy.idleCommands() >= 1);
		ImapIdleWatchers otherNode = new ImapIdleWatchers(repository, leases, poller, settings, transactions,
				Clock.systemUTC());
		try {
			otherNode.tick();
			assertThat(otherNode.watching()).doesNotContain(mailboxId);
			assertThat(proxy.accepted()).isEqualTo(1);

			// a third node holds the lease now (this one renewed too late): this node lets go at its next tick
			lease(mailboxId, "third-node", Instant.now().plusSeconds(3600));
			watchers.tick();
			assertThat(watchers.watching()).doesNotContain(mailboxId);
			eventually(Duration.ofSeconds(5)).until(() -> proxy.open() == 0);
			String id = send("Arrives while the third node is gone");
			Thread.sleep(2000);
			assertThat(ticketOf(id)).isNull();

			// the third node died and its lease ran out: the other node takes over and finds the waiting mail
			lease(mailboxId, "third-node", Instant.now().minusSeconds(1));
			otherNode.tick();
			assertThat(otherNode.watching()).contains(mailboxId);
			assertThat(idleNode(mailboxId)).isEqualTo(otherNode.node());
			eventually(Duration.ofSeconds(10)).until(() -> ticketOf(id) != null);
		}
		finally {
			otherNode.shutdown();
		}
		assertThat(idleNode(mailboxId)).isNull();
		eventually(Duration.ofSeconds(5)).until(() -> proxy.open() == 0);
	}

	private void lease(long mailboxId, String node, Instant until) {
		jdbc.sql("update mailbox set imap_idle_node = ?, imap_idle_until = ? where id = ?").param(node)
			.param(until.atOffset(ZoneOffset.UTC)).param(mailboxId).update();
	}

	private MailboxView mailboxBehind(int port) {
		support = unique("idle") + "@shop.example";
		greenMail.setUser(support, support, "support-pass");
		return mailboxes.create(new MailboxDraft(newBrand(brands).toString(), "Support", support, null,
				new MailboxDraft.ImapDraft("127.0.0.1", port, "none", support, "support-pass", "INBOX", "mark-seen", null),
				false, null, false));
	}

	private String send(String subject) throws Exception {
		return sendMail(greenMail.getSmtp().getPort(), unique("buyer") + "@buyer.example", support, subject);
	}

	private Long ticketOf(String messageId) {
		return jdbc.sql("select ticket_id from email_message where header_id = ?")
			.param(messageId.replaceAll("[<>]", "").toLowerCase()).query(Long.class).optional().orElse(null);
	}

	private OffsetDateTime retryAfter(MailboxId id) {
		return jdbc.sql("select imap_idle_retry_after from mailbox where id = ?").param(id.value())
			.query(OffsetDateTime.class).optional().orElse(null);
	}

	private String idleNode(long id) {
		return jdbc.sql("select imap_idle_node from mailbox where id = ?").param(id).query(String.class)
			.optional().orElse(null);
	}
}
