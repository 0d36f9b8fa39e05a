package dev.meridian.channel.email.internal;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.sendMail;
import static dev.meridian.channel.email.EmailTestSupport.tokenFor;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.channel.email.MailboxId;
import dev.meridian.channel.email.internal.outbound.OutboxDispatcher;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Brands;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mailboxes that sign in with OAuth 2. GreenMail checks SASL XOAUTH2 (IMAP AUTHENTICATE XOAUTH2, SMTP AUTH XOAUTH2)
 * against the account's password, so each account's password is set to the access token the local token endpoint
 * issued last: the mail server accepts exactly the newest token, as a real one accepts only valid tokens. IMAP and
 * SMTP sign in as different accounts with their own token endpoints, so that one server's token never unsettles the
 * other.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OAuthMailboxIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String IMAP_REFRESH = "imap-refresh-5b0e2f";
	private static final String SMTP_REFRESH = "smtp-refresh-71ac94";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	ImapMailboxPoller poller;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	SecretCipher cipher;

	@Autowired
	JdbcClient jdbc;

	TokenEndpointStandIn imapTokens;
	TokenEndpointStandIn smtpTokens;
	volatile boolean imapServerTakesNewTokens = true;
	String admin;
	String support;
	String sender;
	String customer;
	MailboxId mailbox;

	@BeforeEach
	void setUp() throws Exception {
		admin = "Bearer " + tokenFor(mvc, agents, "admin");
		support = unique("support") + "@shop.example";
		sender = unique("sender") + "@shop.example";
		customer = unique("buyer") + "@buyer.example";
		greenMail.setUser(support, support, "no-token-yet");
		greenMail.setUser(sender, sender, "no-token-yet");
		greenMail.setUser(customer, customer, "customer-pass");
		imapTokens = new TokenEndpointStandIn(IMAP_REFRESH, token -> {
			if (imapServerTakesNewTokens) {
				acceptOnly(support, token);
			}
		});
		smtpTokens = new TokenEndpointStandIn(SMTP_REFRESH, token -> acceptOnly(sender, token));
		String created = mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"brand": "%s", "name": "Support", "address": "%s",
					 "imap": {"host": "127.0.0.1", "port": %d, "security": "none", "username": "%s",
					          "oauth": {"provider": "custom", "tokenUrl": "%s", "clientId": "%s", "clientSecret": "%s",
					                    "refreshToken": "%s"}},
					 "smtp": {"host": "127.0.0.1", "port": %d, "security": "none", "username": "%s",
					          "oauth": {"provider": "custom", "tokenUrl": "%s", "clientId": "%s", "clientSecret": "%s",
					                    "refreshToken": "%s"}}}
					""".formatted(newBrand(brands), support, greenMail.getImap().getPort(), support,
					imapTokens.tokenUrl(), TokenEndpointStandIn.CLIENT_ID, TokenEndpointStandIn.CLIENT_SECRET,
					IMAP_REFRESH, greenMail.getSmtp().getPort(), sender, smtpTokens.tokenUrl(),
					TokenEndpointStandIn.CLIENT_ID, TokenEndpointStandIn.CLIENT_SECRET, SMTP_REFRESH)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		mailbox = MailboxId.parse(JSON.readTree(created).get("id").asString());
	}

	@AfterEach
	void tearDown() {
		imapTokens.close();
		smtpTokens.close();
	}

	@Test
	void aMailboxThatSignsInWithOAuthImportsMailAndSendsTheReplyOverXoauth2() throws Exception {
		try (ImapProxy proxy = new ImapProxy(greenMail.getImap().getPort(), false)) {
			// through a relay that records the commands: the token must go by AUTHENTICATE XOAUTH2, never by LOGIN
			mvc.perform(patch("/api/v1/mailboxes/" + mailbox).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"imap\": {\"port\": " + proxy.port() + "}}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.imap.oauth.refreshTokenSet").value(true));
			String first = customerWrites("Where is my parcel?");

			assertThat(poller.poll(mailbox.value())).isEqualTo(1);
			assertThat(imapTokens.requests()).isEqualTo(1);
			assertThat(lastPollError()).isNull();
			assertThat(proxy.commands()).contains("AUTHENTICATE XOAUTH2").noneMatch(c -> c.startsWith("LOGIN"));
			repliesAndTheCustomerGetsIt(first);
		}
	}

	private void repliesAndTheCustomerGetsIt(String first) throws Exception {
		long ticket = jdbc.sql("select ticket_id from email_message where header_id = ?")
			.param(first.replaceAll("[<>]", "").toLowerCase()).query(Long.class).single();

		String agent = "Bearer " + tokenFor(mvc, agents, "agent");
		mvc.perform(post("/api/v1/tickets/" + ticket + "/messages").header("Authorization", agent)
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"It left our warehouse today.\"}"))
			.andExpect(status().isCreated());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			dispatcher.dispatchDue();
			assertThat(jdbc.sql("select status from email_outbox where ticket_id = ?").param(ticket)
				.query(String.class).single()).isEqualTo("sent");
		});
		MimeMessage reply = Arrays.stream(greenMail.getReceivedMessagesForDomain("buyer.example"))
			.filter(m -> recipient(m).equals(customer)).findFirst().orElseThrow();
		assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(first);
		assertThat(smtpTokens.requests()).isEqualTo(1);
	}

	@Test
	void aCachedTokenIsUsedUntilTheServerRejectsItThenReplacedOnce() throws Exception {
		assertThat(poller.poll(mailbox.value())).isZero();
		assertThat(poller.poll(mailbox.value())).isZero();
		assertThat(imapTokens.requests()).as("the second poll reused the token").isEqualTo(1);

		// the server no longer takes the token (it expired early or was revoked): one fresh token, and the poll works
		acceptOnly(support, "something-else");
		customerWrites("Sent while the token went stale");
		assertThat(poller.poll(mailbox.value())).isEqualTo(1);
		assertThat(imapTokens.requests()).isEqualTo(2);
		assertThat(lastPollError()).isNull();

		// a fresh token turned down too is a login failure, not a reason to ask again and again
		imapServerTakesNewTokens = false;
		acceptOnly(support, "something-else");
		assertThat(poller.poll(mailbox.value())).isZero();
		assertThat(imapTokens.requests()).isEqualTo(3);
		assertThat(lastPollError()).isNotBlank();
	}

	@Test
	void aRotatedRefreshTokenIsStoredAndUsedForTheNextGrant() throws Exception {
		imapTokens.rotateRefreshTokens();
		assertThat(poller.poll(mailbox.value())).isZero();
		String stored = jdbc.sql("select imap_oauth_refresh_token from mailbox where id = ?").param(mailbox.value())
			.query(String.class).single();
		assertThat(stored).startsWith("v1:");
		assertThat(cipher.decrypt(stored)).isEqualTo(imapTokens.currentRefreshToken()).isNotEqualTo(IMAP_REFRESH);

		// the endpoint takes only the rotated token now
		acceptOnly(support, "something-else");
		customerWrites("After the rotation");
		assertThat(poller.poll(mailbox.value())).isEqualTo(1);
		assertThat(imapTokens.requests()).isEqualTo(2);
	}

	@Test
	void aRevokedConsentShowsOnTheMailboxAndInTheConnectionTestAndIsNotAskedAgainAtOnce() throws Exception {
		assertThat(poller.poll(mailbox.value())).isZero();
		imapTokens.revokeConsent();
		acceptOnly(support, "something-else");
		customerWrites("Waiting for a new consent");

		assertThat(poller.poll(mailbox.value())).isZero();
		assertThat(imapTokens.requests()).isEqualTo(2);
		assertThat(lastPollError()).contains("invalid_grant");
		mvc.perform(get("/api/v1/mailboxes/" + mailbox).header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imap.oauth.refused").value(containsString("invalid_grant")))
			.andExpect(jsonPath("$.imap.oauth.refusedAt").isNotEmpty())
			.andExpect(jsonPath("$.smtp.oauth.refused").doesNotExist());
		mvc.perform(get("/admin/mailboxes/" + mailbox + "/edit").with(adminPage()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"imapOAuthRefused\"")))
			.andExpect(content().string(containsString("Token has been expired or revoked.")));
		mvc.perform(get("/admin/mailboxes").with(adminPage()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("OAuth sign-in refused")));

		// later polls leave the provider alone
		assertThat(poller.poll(mailbox.value())).isZero();
		assertThat(imapTokens.requests()).isEqualTo(2);

		// the connection test asks anyway, and names the failed step
		mvc.perform(post("/api/v1/mailboxes/" + mailbox + "/test").header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imap.ok").value(false))
			.andExpect(jsonPath("$.imap.failedAt").value("token"))
			.andExpect(jsonPath("$.imap.message").value(containsString("invalid_grant")))
			.andExpect(jsonPath("$.smtp.ok").value(true))
			.andExpect(jsonPath("$.smtp.passed[1]").value("token"));
		assertThat(imapTokens.requests()).isEqualTo(3);

		// after a new consent the admin pastes the new refresh token, and mail flows again
		imapTokens.consentAgain("imap-refresh-after-consent");
		mvc.perform(patch("/api/v1/mailboxes/" + mailbox).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"imap\": {\"oauth\": {\"refreshToken\": \"imap-refresh-after-consent\"}}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imap.oauth.refused").doesNotExist());
		assertThat(poller.poll(mailbox.value())).isEqualTo(1);
		assertThat(lastPollError()).isNull();
	}

	@Test
	void aProviderOutageIsNoRefusalAndTheNextPollAsksAgain() throws Exception {
		imapTokens.down(true);
		customerWrites("Sent during the outage");

		assertThat(poller.poll(mailbox.value())).isZero();
		assertThat(lastPollError()).contains("503");
		mvc.perform(post("/api/v1/mailboxes/" + mailbox + "/test").header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imap.failedAt").value("token"))
			.andExpect(jsonPath("$.imap.message").value(containsString("503")));
		mvc.perform(get("/api/v1/mailboxes/" + mailbox).header("Authorization", admin))
			.andExpect(jsonPath("$.imap.oauth.refused").doesNotExist());

		imapTokens.down(false);
		assertThat(poller.poll(mailbox.value())).isEqualTo(1);
		assertThat(imapTokens.requests()).isEqualTo(3);
		assertThat(lastPollError()).isNull();
	}

	@Test
	void oauthSecretsAreStoredEncryptedAndNeverShown() throws Exception {
		for (String path : new String[] { "/api/v1/mailboxes", "/api/v1/mailboxes/" + mailbox }) {
			mvc.perform(get(path).header("Authorization", admin))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(TokenEndpointStandIn.CLIENT_SECRET))))
				.andExpect(content().string(not(containsString(IMAP_REFRESH))))
				.andExpect(content().string(not(containsString(SMTP_REFRESH))));
		}
		JsonNode view = JSON.readTree(mvc.perform(get("/api/v1/mailboxes/" + mailbox).header("Authorization", admin))
			.andReturn().getResponse().getContentAsString());
		assertThat(view.at("/imap/passwordSet").asBoolean()).isFalse();
		assertThat(view.at("/imap/oauth/provider").asString()).isEqualTo("custom");
		assertThat(view.at("/imap/oauth/clientId").asString()).isEqualTo(TokenEndpointStandIn.CLIENT_ID);
		assertThat(view.at("/imap/oauth/clientSecretSet").asBoolean()).isTrue();
		assertThat(view.at("/smtp/oauth/refreshTokenSet").asBoolean()).isTrue();
		mvc.perform(get("/admin/mailboxes/" + mailbox + "/edit").with(adminPage()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(TokenEndpointStandIn.CLIENT_ID)))
			.andExpect(content().string(not(containsString(TokenEndpointStandIn.CLIENT_SECRET))))
			.andExpect(content().string(not(containsString(IMAP_REFRESH))));

		var stored = jdbc.sql("select imap_oauth_client_secret, imap_oauth_refresh_token, smtp_oauth_client_secret, "
				+ "smtp_oauth_refresh_token from mailbox where id = ?").param(mailbox.value()).query().listOfRows().get(0);
		assertThat(stored.values()).allSatisfy(value -> assertThat(value.toString()).startsWith("v1:")
			.doesNotContain(TokenEndpointStandIn.CLIENT_SECRET).doesNotContain(IMAP_REFRESH).doesNotContain(SMTP_REFRESH));
		String audit = String.join("|", jdbc.sql("select changes from audit_log where entity_type = 'mailbox'")
			.query(String.class).list());
		assertThat(audit).contains("imap.oauth.refreshToken").doesNotContain(IMAP_REFRESH)
			.doesNotContain(TokenEndpointStandIn.CLIENT_SECRET);
	}

	@Test
	void aServerSignsInWithAPasswordOrWithOAuthNotBoth() throws Exception {
		mvc.perform(patch("/api/v1/mailboxes/" + mailbox).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"imap\": {\"password\": \"pw\", \"oauth\": {\"refreshToken\": \"x\"}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("mailbox.password_or_oauth"));
		mvc.perform(patch("/api/v1/mailboxes/" + mailbox).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"imap\": {\"oauth\": {\"provider\": \"custom\", \"tokenUrl\": \"http://tokens.example/token\"}}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("mailbox.invalid_oauth_token_url"));

		// a password replaces the OAuth login
		mvc.perform(patch("/api/v1/mailboxes/" + mailbox).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON).content("{\"imap\": {\"password\": \"a-password\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imap.passwordSet").value(true))
			.andExpect(jsonPath("$.imap.oauth").doesNotExist());
		assertThat(jdbc.sql("select imap_oauth_refresh_token from mailbox where id = ?").param(mailbox.value())
			.query(String.class).optional()).isEmpty();
	}

	private void acceptOnly(String account, String token) {
		greenMail.getUserManager().getUser(account).setPassword(token);
	}

	private String lastPollError() {
		return jdbc.sql("select last_poll_error from mailbox where id = ?").param(mailbox.value()).query(String.class)
			.optional().orElse(null);
	}

	private String customerWrites(String subject) throws Exception {
		return sendMail(greenMail.getSmtp().getPort(), customer, support, subject);
	}

	private static String recipient(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (Exception e) {
			return "";
		}
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor adminPage() {
		return user(new AgentPrincipal(agents.byEmail("admin@meridian.test").orElseThrow(), null));
	}
}
