package dev.meridian.channel.email.web;

import static dev.meridian.channel.email.EmailTestSupport.newBrand;
import static dev.meridian.channel.email.EmailTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Mailboxes;
import dev.meridian.channel.email.OAuthProvider;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class MailboxPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	Mailboxes mailboxes;

	private RequestPostProcessor admin() {
		return user(new AgentPrincipal(agents.byEmail("admin@meridian.test").orElseThrow(), null));
	}

	@Test
	void anAdminAddsAMailboxThroughTheForm() throws Exception {
		BrandId brand = newBrand(brands);
		String address = unique("support") + "@shop.example";
		mvc.perform(get("/admin/mailboxes/new").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Receive by IMAP")));
		mvc.perform(post("/admin/mailboxes").with(admin()).with(csrf())
			.param("brand", brand.toString()).param("name", "Support DE").param("address", address)
			.param("smtp", "on").param("smtpHost", "smtp.shop.example").param("smtpSecurity", "starttls")
			.param("smtpUsername", "support").param("smtpPassword", "page-secret-1"))
			.andExpect(redirectedUrl("/admin/mailboxes"));
		MailboxView created = mailboxes.all().stream().filter(m -> m.address().equals(address)).findFirst().orElseThrow();
		assertThat(created.smtp().port()).isEqualTo(587);
		assertThat(created.smtp().passwordSet()).isTrue();

		mvc.perform(get("/admin/mailboxes").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString(address)));
		mvc.perform(get("/admin/mailboxes/" + created.id() + "/edit").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Stored; leave empty to keep it")))
			.andExpect(content().string(not(containsString("page-secret-1"))));
	}

	@Test
	void anAdminSetsUpAnOAuthLoginThroughTheFormAndSwitchesBackToAPassword() throws Exception {
		String address = unique("support") + "@contoso.example";
		mvc.perform(post("/admin/mailboxes").with(admin()).with(csrf())
			.param("brand", newBrand(brands).toString()).param("name", "Support").param("address", address)
			.param("imap", "on").param("imapHost", "outlook.office365.com").param("imapSecurity", "tls")
			.param("imapUsername", address).param("imapLogin", "oauth")
			.param("imapOAuth.provider", "microsoft").param("imapOAuth.tenant", "contoso.onmicrosoft.com")
			.param("imapOAuth.clientId", "0f7c1d2e-client").param("imapOAuth.refreshToken", "page-refresh-token-1")
			.param("imapFolder", "INBOX").param("imapAfterImport", "mark-seen"))
			.andExpect(redirectedUrl("/admin/mailboxes"));
		MailboxView created = mailboxes.all().stream().filter(m -> m.address().equals(address)).findFirst().orElseThrow();
		assertThat(created.imap().passwordSet()).isFalse();
		assertThat(created.imap().oauth().provider()).isEqualTo(OAuthProvider.MICROSOFT);
		assertThat(created.imap().oauth().tenant()).isEqualTo("contoso.onmicrosoft.com");
		assertThat(created.imap().oauth().refreshTokenSet()).isTrue();
		assertThat(created.imap().oauth().clientSecretSet()).isFalse();

		mvc.perform(get("/admin/mailboxes/" + created.id() + "/edit").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("0f7c1d2e-client")))
			.andExpect(content().string(containsString("contoso.onmicrosoft.com")))
			.andExpect(content().string(not(containsString("page-refresh-token-1"))));

		// back to a password: refused without one, done with one
		mvc.perform(post("/admin/mailboxes/" + created.id()).with(admin()).with(csrf())
			.param("name", "Support").param("address", address).param("imap", "on")
			.param("imapHost", "outlook.office365.com").param("imapSecurity", "tls").param("imapUsername", address)
			.param("imapLogin", "password").param("imapFolder", "INBOX").param("imapAfterImport", "mark-seen"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/admin/mailboxes/" + created.id()).with(admin()).with(csrf())
			.param("name", "Support").param("address", address).param("imap", "on")
			.param("imapHost", "outlook.office365.com").param("imapSecurity", "tls").param("imapUsername", address)
			.param("imapLogin", "password").param("imapPassword", "app-password-1").param("imapFolder", "INBOX")
			.param("imapAfterImport", "mark-seen"))
			.andExpect(redirectedUrl("/admin/mailboxes"));
		MailboxView switched = mailboxes.get(created.id());
		assertThat(switched.imap().passwordSet()).isTrue();
		assertThat(switched.imap().oauth()).isNull();
	}

	@Test
	void aRefusedFormSaysWhyInChinese() throws Exception {
		BrandId brand = newBrand(brands);
		String email = unique("zh-admin") + "@meridian.test";
		var chineseAdmin = agents.create(new dev.meridian.identity.AgentDraft("管理员", email, "a-long-password-1", "admin",
				null, null, null, null, null, "zh-CN", null, null, true));
		mvc.perform(post("/admin/mailboxes").with(user(new AgentPrincipal(chineseAdmin, null))).with(csrf())
			.param("brand", brand.toString()).param("name", "Support").param("address", "not-an-address"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("新建邮箱")));
	}

	@Test
	void theConnectionTestShowsTheFailedStep() throws Exception {
		MailboxView mailbox = mailboxes.create(new dev.meridian.channel.email.MailboxDraft(newBrand(brands).toString(),
				"Support", unique("s") + "@shop.example", null, null, false,
				new dev.meridian.channel.email.MailboxDraft.SmtpDraft("no-such-host.invalid", 25, "none", null, null), false));
		mvc.perform(post("/admin/mailboxes/" + mailbox.id() + "/test").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("connection-report")))
			.andExpect(content().string(containsString("DNS")));
	}

	@Test
	void theAdminTabsLeadToMailboxes() throws Exception {
		mvc.perform(get("/admin/brands").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/mailboxes\"")));
	}
}
