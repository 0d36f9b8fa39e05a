package dev.meridian.quality.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.quality.Category;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionView;
import dev.meridian.quality.ScorecardView;
import dev.meridian.quality.Scorecards;
import dev.meridian.ticket.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scorecards edited through the quality pages: leads and admins create and change them, agents only read them, a
 * change of items makes a new version while the old one stays in the history, and a refused scorecard says why in
 * the editor's language. Every scorecard made here is for a brand of its own, so it never scores another test's
 * conversation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	Scorecards scorecards;

	private RequestPostProcessor newAgent(String role, String locale) {
		return QualityPagesTestSupport.newAgent(agents, role, locale);
	}

	private static String unique(String prefix) {
		return QualityPagesTestSupport.unique(prefix);
	}

	private BrandId newBrand() {
		return brands.create(new BrandDraft(unique("Brand"), null, null)).id();
	}

	/** The form as a browser posts it: the scope, then category, name, type and points per row, keys left empty. */
	private static MockHttpServletRequestBuilder scorecardForm(String action, String name, BrandId brand,
			String... rows) {
		MockHttpServletRequestBuilder request = post(action).with(csrf())
			.param("name", name)
			.param("brand", brand.toString())
			.param("channel", "chat")
			.param("enabled", "on")
			.param("_enabled", "on");
		for (int i = 0; i < rows.length; i++) {
			String[] row = rows[i].split("\\|", -1);
			request.param("items[" + i + "].category", row[0])
				.param("items[" + i + "].name", row[1])
				.param("items[" + i + "].type", row[2])
				.param("items[" + i + "].points", row[3])
				.param("items[" + i + "].key", row.length > 4 ? row[4] : "");
		}
		return request;
	}

	private ScorecardView named(String name) {
		return scorecards.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void anAgentReadsScorecardsButMayNotCreateOrChangeThem() throws Exception {
		RequestPostProcessor agent = newAgent("agent", "en");
		String name = unique("Agent-made card");
		mvc.perform(get("/quality/scorecards/new").with(agent)).andExpect(status().isForbidden());
		mvc.perform(scorecardForm("/quality/scorecards", name, newBrand(), "attitude|Polite|yes_no|10").with(agent))
			.andExpect(status().isForbidden());
		assertThat(scorecards.all()).noneMatch(s -> s.name().equals(name));

		ScorecardView standard = scorecards.all().get(0);
		mvc.perform(get("/quality/scorecards/" + standard.id() + "/edit").with(agent)).andExpect(status().isForbidden());
		mvc.perform(scorecardForm("/quality/scorecards/" + standard.id(), standard.name(), newBrand(),
				"attitude|Polite|yes_no|10").with(agent))
			.andExpect(status().isForbidden());
		assertThat(scorecards.get(standard.id()).version()).isEqualTo(standard.version());

		mvc.perform(get("/quality/scorecards").with(agent)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/quality/scorecards/new"))))
			.andExpect(content().string(not(containsString("/edit\""))));
		mvc.perform(get("/quality/scorecards/" + standard.id()).with(agent)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Versions")))
			.andExpect(content().string(not(containsString("id=\"edit-scorecard\""))));
	}

	@Test
	void aLeadCreatesAScorecardWithARedLineAndChangedItemsMakeVersionTwoWhileVersionOneStays() throws Exception {
		RequestPostProcessor lead = newAgent("lead", "en");
		BrandId brand = newBrand();
		String name = unique("Marketplace chat");
		mvc.perform(get("/quality/scorecards/new").with(lead)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Service red line")));
		mvc.perform(scorecardForm("/quality/scorecards", name, brand, "red_line|Never shares a card number|red_line|50",
				"attitude|Greets the buyer by name|yes_no|20", "timeliness|Answers within an hour|scale|30", "||yes_no|")
			.with(lead))
			.andExpect(status().is3xxRedirection());

		ScorecardView created = named(name);
		assertThat(created.brand()).isEqualTo(brand);
		assertThat(created.channel()).isEqualTo(Channel.CHAT);
		assertThat(created.version()).isEqualTo(1);
		assertThat(created.items()).containsExactly(
				new ScorecardItem("never_shares_a_card_number", Category.RED_LINE, "Never shares a card number",
						ItemType.RED_LINE, 0),
				new ScorecardItem("greets_the_buyer_by_name", Category.ATTITUDE, "Greets the buyer by name", ItemType.YES_NO, 20),
				new ScorecardItem("answers_within_an_hour", Category.TIMELINESS, "Answers within an hour", ItemType.SCALE, 30));

		mvc.perform(get("/quality/scorecards/" + created.id() + "/edit").with(lead)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"greets_the_buyer_by_name\"")))
			.andExpect(content().string(containsString("This is version 1.")));
		mvc.perform(scorecardForm("/quality/scorecards/" + created.id(), name, brand,
				"red_line|Never shares a card number|red_line||never_shares_a_card_number",
				"attitude|Greets the buyer by name|yes_no|10|greets_the_buyer_by_name",
				"timeliness|Answers within an hour|scale|30|answers_within_an_hour",
				"process|Checks the order before answering|yes_no|10").with(lead))
			.andExpect(status().is3xxRedirection());

		ScorecardView changed = scorecards.get(created.id());
		assertThat(changed.version()).isEqualTo(2);
		List<ScorecardVersionView> history = scorecards.versions(created.id());
		assertThat(history).extracting(ScorecardVersionView::number).containsExactly(1, 2);
		assertThat(history.get(0).items()).isEqualTo(created.items());
		assertThat(history.get(1).maxPoints()).isEqualTo(50);

		String page = mvc.perform(get("/quality/scorecards/" + created.id()).with(lead)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Version 2", "Version 1", "Checks the order before answering", "id=\"edit-scorecard\"");
		assertThat(page.indexOf("Version 2")).isLessThan(page.indexOf("Version 1"));

		mvc.perform(scorecardForm("/quality/scorecards/" + created.id(), name + " (renamed)", brand,
				"red_line|Never shares a card number|red_line||never_shares_a_card_number",
				"attitude|Greets the buyer by name|yes_no|10|greets_the_buyer_by_name",
				"timeliness|Answers within an hour|scale|30|answers_within_an_hour",
				"process|Checks the order before answering|yes_no|10|checks_the_order_before_answering").with(lead))
			.andExpect(status().is3xxRedirection());
		assertThat(scorecards.get(created.id()).version()).as("a new name alone keeps the version").isEqualTo(2);
	}

	@Test
	void aRefusedScorecardSaysWhichItemIsWrongInTheEditorsLanguageAndKeepsWhatWasTyped() throws Exception {
		RequestPostProcessor admin = newAgent("admin", "zh-CN");
		String name = unique("电商客服");
		mvc.perform(scorecardForm("/quality/scorecards", name, newBrand(), "red_line|不泄露银行卡号|red_line|",
				"attitude|礼貌用语|yes_no|0").with(admin))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“礼貌用语”的分值必须是 1 到 100 之间的整数。")))
			.andExpect(content().string(containsString("value=\"礼貌用语\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));

		mvc.perform(scorecardForm("/quality/scorecards", unique("Red lines only"), newBrand(),
				"red_line|No card numbers|red_line|").with(newAgent("admin", "en")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("a scorecard of red lines alone cannot give a score")));
		assertThat(scorecards.all()).noneMatch(s -> s.name().equals(name));
	}
}
