package dev.meridian.quality.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.identity.Agents;
import dev.meridian.quality.InspectionRuleDraft;
import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.InspectionRules;
import dev.meridian.quality.Party;
import dev.meridian.quality.RuleSpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Inspection rules edited through the quality pages: leads and admins create, change, switch and delete them with
 * lists per language, agents cannot, and a refused rule says why in the editor's language. Rules made here are off
 * or match only made-up words, so they never flag another test's conversation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RulePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	InspectionRules rules;

	private RequestPostProcessor newAgent(String role, String locale) {
		return QualityPagesTestSupport.newAgent(agents, role, locale);
	}

	private static String unique(String prefix) {
		return QualityPagesTestSupport.unique(prefix);
	}

	private InspectionRuleView named(String name) {
		return rules.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void anAgentMayNotCreateChangeSwitchOrDeleteARule() throws Exception {
		RequestPostProcessor agent = newAgent("agent", "en");
		InspectionRuleView rule = rules.create(new InspectionRuleDraft(unique("Agent-proof"), "forbidden_words", false,
				new RuleSpec.Keywords(Party.AGENT, Map.of("en", List.of("zzq " + UUID.randomUUID())))));

		mvc.perform(get("/quality/rules/new").with(agent)).andExpect(status().isForbidden());
		mvc.perform(get("/quality/rules/" + rule.id() + "/edit").with(agent)).andExpect(status().isForbidden());
		mvc.perform(post("/quality/rules").with(agent).with(csrf()).param("name", unique("Sneaky"))
			.param("item", "forbidden_words").param("kind", "sensitive_data")).andExpect(status().isForbidden());
		mvc.perform(post("/quality/rules/" + rule.id() + "/enabled").with(agent).with(csrf()).param("enabled", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/quality/rules/" + rule.id() + "/delete").with(agent).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(rules.get(rule.id()).enabled()).isFalse();
		mvc.perform(get("/quality/scorecards").with(agent)).andExpect(status().isOk())
			.andExpect(content().string(containsString(rule.name())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/quality/rules/" + rule.id() + "/delete"))));
		rules.delete(rule.id());
	}

	@Test
	void aLeadWritesKeywordListsPerLanguageThenTurnsTheRuleIntoAReplyGap() throws Exception {
		RequestPostProcessor lead = newAgent("lead", "en");
		String name = unique("Rude phrases");
		String made = "zzq" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(get("/quality/rules/new").with(lead)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Forbidden words or phrases")));
		mvc.perform(post("/quality/rules").with(lead).with(csrf()).param("name", name).param("item", "forbidden_words")
			.param("_enabled", "on").param("kind", "keywords").param("target", "agent")
			.param("lists[0].language", "en").param("lists[0].entries", made + " off\n\n  " + made + " problem  \n")
			.param("lists[1].language", "zh").param("lists[1].entries", "爱买不买" + made)
			.param("lists[2].language", "").param("lists[2].entries", made)
			.param("minutes", "60").param("threshold", "-2"))
			.andExpect(redirectedUrl("/quality/scorecards#rules-title"))
			.andExpect(flash().attribute("notice", "quality.rules.created"));

		InspectionRuleView created = named(name);
		assertThat(created.enabled()).isFalse();
		assertThat(created.item()).isEqualTo("forbidden_words");
		assertThat(created.spec()).isEqualTo(new RuleSpec.Keywords(Party.AGENT, Map.of("en",
				List.of(made + " off", made + " problem"), "zh", List.of("爱买不买" + made), "*", List.of(made))));
		mvc.perform(get("/quality/scorecards").with(lead)).andExpect(status().isOk())
			.andExpect(content().string(containsString("* · en · zh")));
		mvc.perform(get("/quality/rules/" + created.id() + "/edit").with(lead)).andExpect(status().isOk())
			.andExpect(content().string(containsString(made + " off\n" + made + " problem</textarea>")));

		mvc.perform(post("/quality/rules/" + created.id()).with(lead).with(csrf()).param("name", name)
			.param("item", "response_time").param("enabled", "on").param("_enabled", "on").param("kind", "response_gap")
			.param("minutes", "90").param("_businessHours", "on"))
			.andExpect(redirectedUrl("/quality/scorecards#rules-title"));
		InspectionRuleView changed = rules.get(created.id());
		assertThat(changed.spec()).isEqualTo(new RuleSpec.ResponseGap(90, false));
		assertThat(changed.item()).isEqualTo("response_time");
		assertThat(changed.enabled()).isTrue();

		mvc.perform(post("/quality/rules/" + created.id() + "/enabled").with(lead).with(csrf()).param("enabled", "false"))
			.andExpect(flash().attribute("notice", "quality.rules.switched_off"));
		assertThat(rules.get(created.id()).enabled()).isFalse();
		assertThat(rules.get(created.id()).spec()).isEqualTo(changed.spec());

		mvc.perform(post("/quality/rules/" + created.id() + "/delete").with(lead).with(csrf()))
			.andExpect(flash().attribute("notice", "quality.rules.deleted"));
		assertThat(rules.all()).noneMatch(r -> r.id().equals(created.id()));
	}

	@Test
	void aBrokenPatternOrLanguageIsRefusedInTheEditorsLanguageAndTheFormKeepsWhatWasTyped() throws Exception {
		RequestPostProcessor admin = newAgent("admin", "zh-CN");
		String name = unique("承诺");
		mvc.perform(post("/quality/rules").with(admin).with(csrf()).param("name", name).param("item", "policy_promise")
			.param("kind", "patterns").param("target", "agent")
			.param("lists[0].language", "zh").param("lists[0].entries", "保证(退款"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“保证(退款”不是有效的正则表达式")))
			.andExpect(content().string(containsString("保证(退款</textarea>")));

		mvc.perform(post("/quality/rules").with(newAgent("admin", "en")).with(csrf()).param("name", name)
			.param("item", "policy_promise").param("kind", "keywords")
			.param("lists[0].language", "english!").param("lists[0].entries", "guaranteed"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“english!” is not a language.")));
		assertThat(rules.all()).noneMatch(r -> r.name().equals(name));
	}
}
