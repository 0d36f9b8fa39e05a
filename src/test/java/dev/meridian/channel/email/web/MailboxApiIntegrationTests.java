package dev.meridian.channel.email.web;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.tokenFor;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MailboxApiIntegrationTests {

	private static final String PASSWORD = "S3cret-imap-pass!";

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	JdbcClient jdbc;

	String admin;
	BrandId brand;

	@BeforeEach
	void setUp() throws Exception {
		admin = "Bearer " + tokenFor(mvc, agents, "admin");
		brand = newBrand(brands);
	}

	@Test
	void createsAMailboxWithOnlyBrandNameAndAddress() throws Exception {
		String address = unique("support") + "@shop.example";
		mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"brand\": \"" + brand + "\", \"name\": \"Support DE\", \"address\": \"" + address.toUpperCase() + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.brand").value(brand.toString()))
			.andExpect(jsonPath("$.address").value(address))
			.andExpect(jsonPath("$.imap").doesNotExist())
			.andExpect(jsonPath("$.smtp").doesNotExist());
	}

	@Test
	void refusesAMailboxWithoutAddress() throws Exception {
		mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"brand\": \"" + brand + "\", \"name\": \"Support\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("mailbox.fields_required"));
	}

	@Test
	void storesSecretsEncryptedAndNeverReturnsOrLogsThem(CapturedOutput output) throws Exception {
		String address = unique("support") + "@shop.example";
		String created = mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"brand": "%s", "name": "Support", "address": "%s",
					 "imap": {"host": "imap.shop.example", "security": "tls", "username": "support", "password": "%s"},
					 "smtp": {"host": "smtp.shop.example", "security": "starttls", "username": "support", "password": "%s"}}
					""".formatted(brand, address, PASSWORD, PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.imap.port").value(993))
			.andExpect(jsonPath("$.imap.passwordSet").value(true))
			.andExpect(jsonPath("$.imap.folder").value("INBOX"))
			.andExpect(jsonPath("$.imap.afterImport").value("mark-seen"))
			.andExpect(jsonPath("$.smtp.port").value(587))
			.andExpect(jsonPath("$.smtp.security").value("starttls"))
			.andExpect(content().string(not(containsString(PASSWORD))))
			.andReturn().getResponse().getContentAsString();
		String id = JsonMapper.builder().build().readTree(created).get("id").asString();

		mvc.perform(get("/api/v1/mailboxes").header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(PASSWORD))));

		String stored = jdbc.sql("select imap_secret from mailbox where id = ?").param(Long.parseLong(id))
			.query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain(PASSWORD);
		String auditRows = String.join("|", jdbc.sql("select changes from audit_log where entity_type = 'mailbox'")
			.query(String.class).list());
		assertThat(auditRows).doesNotContain(PASSWORD).contains("imap.password");
		assertThat(output.getAll()).doesNotContain(PASSWORD);
	}

	@Test
	void patchKeepsPasswordsAndSwitchesPollingOff() throws Exception {
		String address = unique("support") + "@shop.example";
		String created = mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"brand": "%s", "name": "Support", "address": "%s",
					 "imap": {"host": "imap.shop.example", "port": 143, "security": "starttls", "username": "u", "password": "p"}}
					""".formatted(brand, address)))
			.andReturn().getResponse().getContentAsString();
		String id = JsonMapper.builder().build().readTree(created).get("id").asString();

		mvc.perform(patch("/api/v1/mailboxes/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Support FR\", \"imap\": {\"folder\": \"Support\", \"afterImport\": \"move\", \"moveTo\": \"Done\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Support FR"))
			.andExpect(jsonPath("$.imap.port").value(143))
			.andExpect(jsonPath("$.imap.folder").value("Support"))
			.andExpect(jsonPath("$.imap.afterImport").value("move"))
			.andExpect(jsonPath("$.imap.passwordSet").value(true))
			.andExpect(jsonPath("$.receiving").value("polling"));

		mvc.perform(patch("/api/v1/mailboxes/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"imap\": null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imap").doesNotExist())
			.andExpect(jsonPath("$.receiving").doesNotExist());

		mvc.perform(patch("/api/v1/mailboxes/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"colour\": \"red\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("mailbox.unknown_field"));

		mvc.perform(delete("/api/v1/mailboxes/" + id).header("Authorization", admin)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/mailboxes/" + id).header("Authorization", admin)).andExpect(status().isNotFound());
	}

	@Test
	void twoMailboxesCannotShareAnAddress() throws Exception {
		String body = "{\"brand\": \"" + brand + "\", \"name\": \"Support\", \"address\": \"" + unique("s") + "@shop.example\"}";
		mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("mailbox.address_taken"));
	}

	@Test
	void onlyAdminsManageMailboxes() throws Exception {
		String agent = "Bearer " + tokenFor(mvc, agents, "agent");
		mvc.perform(get("/api/v1/mailboxes").header("Authorization", agent)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/mailboxes").header("Authorization", agent).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/mailboxes")).andExpect(status().isUnauthorized());
	}

	@Test
	void connectionTestNamesTheDnsFailure() throws Exception {
		String created = mvc.perform(post("/api/v1/mailboxes").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"brand": "%s", "name": "Support", "address": "%s",
					 "smtp": {"host": "no-such-host.invalid", "port": 25, "security": "none"}}
					""".formatted(brand, unique("s") + "@shop.example")))
			.andReturn().getResponse().getContentAsString();
		String id = JsonMapper.builder().build().readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/mailboxes/" + id + "/test").header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.smtp.ok").value(false))
			.andExpect(jsonPath("$.smtp.failedAt").value("dns"));
	}
}
