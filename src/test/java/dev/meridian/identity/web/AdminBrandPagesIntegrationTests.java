package dev.meridian.identity.web;

import static dev.meridian.identity.web.AdminTestSupport.as;
import static dev.meridian.identity.web.AdminTestSupport.asAdmin;
import static dev.meridian.identity.web.AdminTestSupport.newAgent;
import static dev.meridian.identity.web.AdminTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AdminBrandPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Test
	void adminCreatesBrandThroughTheFormAndSeesItListed() throws Exception {
		String name = unique("Lumen Home");
		mvc.perform(post("/admin/brands").with(asAdmin(agents)).with(csrf())
				.param("name", name)
				.param("website", "https://lumen.example")
				.param("marketplaces", "amazon-de", "amazon-us")
				.param("otherMarketplaces", "Walmart-US, temu"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/brands"))
			.andExpect(flash().attribute("flash", "Brand " + name + " created."));

		BrandView created = brands.all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.marketplaces()).containsExactly("amazon-us", "amazon-de", "walmart-us", "temu");
		mvc.perform(get("/admin/brands").with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("lumen.example")))
			.andExpect(content().string(containsString("Amazon Germany")));
	}

	@Test
	void duplicateBrandNameShowsTheReasonAndKeepsWhatWasTyped() throws Exception {
		String name = unique("Northwind");
		brands.create(new BrandDraft(name, null, List.of()));

		mvc.perform(post("/admin/brands").with(asAdmin(agents)).with(csrf())
				.param("name", name.toUpperCase())
				.param("website", "https://typed.example")
				.param("marketplaces", "ebay-de"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Another brand already has this name")))
			.andExpect(content().string(containsString("value=\"https://typed.example\"")))
			.andExpect(content().string(containsString("value=\"ebay-de\" id=\"mp-ebay-de\" checked")));
	}

	@Test
	void refusedFormSpeaksTheAdminsLanguage() throws Exception {
		String name = unique("Hanfeng");
		brands.create(new BrandDraft(name, null, List.of()));

		mvc.perform(post("/admin/brands").with(as(newAgent(agents, Role.ADMIN, "zh-CN"))).with(csrf())
				.header("Accept-Language", "zh-CN")
				.param("name", name))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已有同名品牌")))
			.andExpect(content().string(containsString("新建品牌")));
	}

	@Test
	void adminEditsBrandAndClearsItsWebsite() throws Exception {
		BrandView brand = brands.create(new BrandDraft(unique("Kestrel"), "https://old.example", List.of("amazon-jp")));
		String renamed = unique("Kestrel Outdoor");

		mvc.perform(get("/admin/brands/{id}/edit", brand.id().value()).with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"https://old.example\"")));
		mvc.perform(post("/admin/brands/{id}", brand.id().value()).with(asAdmin(agents)).with(csrf())
				.param("name", renamed)
				.param("website", "")
				.param("_marketplaces", "on"))
			.andExpect(redirectedUrl("/admin/brands"));

		BrandView saved = brands.get(brand.id());
		assertThat(saved.name()).isEqualTo(renamed);
		assertThat(saved.website()).isNull();
		assertThat(saved.marketplaces()).isEmpty();
	}

	@Test
	void badWebsiteIsRefusedInWords() throws Exception {
		mvc.perform(post("/admin/brands").with(asAdmin(agents)).with(csrf())
				.param("name", unique("Tidewater"))
				.param("website", "javascript:alert(1)"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("must be an address starting with http:// or https://")));
	}

	@Test
	void missingBrandShowsANotFoundPageInsideTheAdminPages() throws Exception {
		mvc.perform(get("/admin/brands/987654321/edit").with(asAdmin(agents)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This brand doesn’t exist.")))
			.andExpect(content().string(containsString("Back to brands")));
		mvc.perform(get("/admin/brands/not-a-number/edit").with(asAdmin(agents)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Whitelabel"))));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/admin/brands").with(asAdmin(agents)).param("name", unique("No Token")))
			.andExpect(status().isForbidden());
	}

	@Test
	void nonAdminAgentIsForbidden() throws Exception {
		var agent = newAgent(agents, Role.AGENT, "en");
		mvc.perform(get("/admin/brands").with(as(agent))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/agents").with(as(agent))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/teams").with(as(agent)).with(csrf()).param("name", unique("Sneaky")).param("timeZone", "UTC"))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyAdminPageHasTheSectionTabs() throws Exception {
		for (String page : List.of("/admin/brands", "/admin/brands/new", "/admin/teams", "/admin/teams/new",
				"/admin/agents", "/admin/agents/new")) {
			mvc.perform(get(page).with(asAdmin(agents)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/admin/brands\"")))
				.andExpect(content().string(containsString("href=\"/admin/teams\"")))
				.andExpect(content().string(containsString("href=\"/admin/agents\"")))
				.andExpect(content().string(containsString("aria-current=\"page\"")));
		}
	}
}
