package dev.meridian.channel.email;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.meridian.channel.email.internal.inbound.Corpus;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Brands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** bin/meridian-mail-inbound against a running server, as Postfix would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailInboundScriptIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Brands brands;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	Agents agents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pipesStandardInputToTheMailboxAndSpeaksSysexits() throws Exception {
		assumeTrue(new File("/usr/bin/curl").canExecute() || new File("/bin/curl").canExecute(), "curl is installed");
		MailboxView mailbox = mailboxes.create(new MailboxDraft(newBrand(brands).toString(), "Pipe",
				unique("pipe") + "@shop.example", null, null, false, null, false));
		String email = unique("integration") + "@meridian.test";
		agents.create(new AgentDraft("Postfix", email, "a-long-password-1", "integration", null, null, null, null, null,
				null, null, null, true));
		String body = RestClient.create().post().uri("http://127.0.0.1:" + port + "/api/v1/auth/tokens")
			.headers(h -> h.setBasicAuth(email, "a-long-password-1")).retrieve().body(String.class);
		String token = JsonMapper.builder().build().readTree(body).get("token").asString();

		Path mail = Files.createTempFile("inbound", ".eml");
		Files.write(mail, Corpus.eml("gb2312-labelled-gbk.eml"));
		assertThat(run(mailbox.id().toString(), token, mail)).isZero();
		assertThat(run(mailbox.id().toString(), token, mail)).as("a duplicate is accepted too").isZero();
		assertThat(jdbc.sql("select count(*) from email_message where mailbox_id = ?").param(mailbox.id().value())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(run(mailbox.id().toString(), "not-a-token", mail)).isEqualTo(77);
		assertThat(run("999999999", token, mail)).isEqualTo(67);
	}

	private int run(String mailbox, String token, Path mail) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("sh", "bin/meridian-mail-inbound", mailbox).redirectInput(mail.toFile())
			.redirectErrorStream(true);
		builder.environment().put("MERIDIAN_URL", "http://127.0.0.1:" + port);
		builder.environment().put("MERIDIAN_TOKEN", token);
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}
}
