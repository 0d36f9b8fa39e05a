package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.meridian.language.Detection;
import dev.meridian.language.internal.FollowConfidentDetections.Outcome;
import dev.meridian.language.internal.FollowConfidentDetections.TicketLanguage;
import org.junit.jupiter.api.Test;

class FollowConfidentDetectionsTests {

	private final FollowConfidentDetections policy = new FollowConfidentDetections(15, 0.05);

	@Test
	void countsLanguageOfMessageWithEnoughLettersAndClearLead() {
		assertThat(policy.judge(new Candidate("de", 0.31, 40))).isEqualTo(new Detection("de", 0.31));
	}

	@Test
	void leavesShortMessageUndetermined() {
		assertThat(policy.judge(new Candidate("de", 0.3, 5)).language()).isEqualTo("und");
		assertThat(policy.judge(new Candidate("ru", 1.0, 7)).language()).isEqualTo("und");
	}

	@Test
	void leavesMessageUndeterminedWhenTwoLanguagesAreNeckAndNeck() {
		assertThat(policy.judge(new Candidate("es", 0.02, 40))).isEqualTo(Detection.undetermined());
	}

	@Test
	void leavesMessageWithNothingReadableUndetermined() {
		assertThat(policy.judge(Candidate.nothing())).isEqualTo(Detection.undetermined());
	}

	@Test
	void ticketAndCustomerFollowLatestConfidentDetection() {
		Outcome outcome = policy.follow(new Detection("ja", 1.0), TicketLanguage.detected("de"), "de");

		assertThat(outcome.message().language()).isEqualTo("ja");
		assertThat(outcome.ticket()).isEqualTo("ja");
		assertThat(outcome.customer()).isEqualTo("ja");
	}

	@Test
	void firstConfidentDetectionSetsTicketAndCustomer() {
		Outcome outcome = policy.follow(new Detection("fr", 0.2), TicketLanguage.detected(null), null);

		assertThat(outcome.ticket()).isEqualTo("fr");
		assertThat(outcome.customer()).isEqualTo("fr");
	}

	@Test
	void undeterminedMessageLeavesTicketAndCustomerAlone() {
		Outcome outcome = policy.follow(Detection.undetermined(), TicketLanguage.detected("de"), "de");

		assertThat(outcome.message().language()).isEqualTo("und");
		assertThat(outcome.ticket()).isNull();
		assertThat(outcome.customer()).isNull();
	}

	@Test
	void detectionOfTheTicketsLanguageChangesNothing() {
		Outcome outcome = policy.follow(new Detection("de", 0.3), TicketLanguage.detected("de"), "de");

		assertThat(outcome.ticket()).isNull();
		assertThat(outcome.customer()).isNull();
	}

	@Test
	void chineseWithoutScriptSpecificCharactersKeepsTheKnownVariant() {
		Outcome outcome = policy.follow(new Detection("zh", 1.0), TicketLanguage.detected("zh-TW"), "zh-TW");

		assertThat(outcome.ticket()).isNull();
		assertThat(outcome.customer()).isNull();
	}

	@Test
	void simplifiedAndTraditionalChineseAreDifferentLanguages() {
		Outcome outcome = policy.follow(new Detection("zh-CN", 1.0), TicketLanguage.detected("zh-TW"), "zh-TW");

		assertThat(outcome.ticket()).isEqualTo("zh-CN");
	}

	@Test
	void agentsChoiceSticksWhileCustomerWritesInTheLanguageTheAgentCorrected() {
		TicketLanguage chosen = new TicketLanguage("pt", true, List.of("es"));

		Outcome outcome = policy.follow(new Detection("es", 0.08), chosen, "es");

		assertThat(outcome.message().language()).isEqualTo("es");
		assertThat(outcome.ticket()).isNull();
		assertThat(outcome.customer()).isNull();
	}

	@Test
	void agentsChoiceSticksWhenDetectionAgreesWithIt() {
		TicketLanguage chosen = new TicketLanguage("pt-BR", true, List.of("es"));

		Outcome outcome = policy.follow(new Detection("pt", 0.2), chosen, "es");

		assertThat(outcome.ticket()).isNull();
		assertThat(outcome.customer()).isEqualTo("pt");
	}

	@Test
	void agentsChoiceGivesWayWhenCustomerSwitchesToAnotherLanguage() {
		TicketLanguage chosen = new TicketLanguage("pt", true, List.of("es"));

		Outcome outcome = policy.follow(new Detection("en", 0.2), chosen, "es");

		assertThat(outcome.ticket()).isEqualTo("en");
		assertThat(outcome.customer()).isEqualTo("en");
	}

	@Test
	void regionalVariantsMatchTheirLanguage() {
		assertThat(FollowConfidentDetections.sameLanguage("pt", "pt-BR")).isTrue();
		assertThat(FollowConfidentDetections.sameLanguage("zh", "zh-TW")).isTrue();
		assertThat(FollowConfidentDetections.sameLanguage("zh-CN", "zh-TW")).isFalse();
		assertThat(FollowConfidentDetections.sameLanguage("de", "nl")).isFalse();
		assertThat(FollowConfidentDetections.sameLanguage("de", null)).isFalse();
	}
}
