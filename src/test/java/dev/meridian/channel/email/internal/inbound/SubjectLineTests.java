package dev.meridian.channel.email.internal.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectLineTests {

	@ParameterizedTest
	@ValueSource(strings = { "Re: Where is my order?", "RE: RE: Where is my order?", "AW: Where is my order?",
			"Re[2]: Where is my order?", "回复：Where is my order?", "答复: Where is my order?", "SV: Where is my order?",
			"Antw: Where is my order?", "Re: [#1042] Where is my order?", "Where is my order? [#1042]",
			"  where  is my   ORDER? " })
	void normalizesRepliesInManyLanguagesToTheSameKey(String subject) {
		assertThat(SubjectLine.normalize(subject)).isEqualTo("where is my order?");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fwd: Blender broken", "FW: Blender broken", "WG: Blender broken", "TR: Blender broken",
			"转发: Blender broken", "転送: Blender broken", "Fwd: Re: Blender broken" })
	void recognisesForwards(String subject) {
		assertThat(SubjectLine.isForward(subject)).isTrue();
	}

	@Test
	void aReplyToAForwardIsNotAForward() {
		assertThat(SubjectLine.isForward("Re: Fwd: Blender broken")).isFalse();
		assertThat(SubjectLine.isForward("Re: Blender broken")).isFalse();
		assertThat(SubjectLine.isForward("Fwd is not a prefix here")).isFalse();
	}

	@Test
	void findsTheTicketToken() {
		assertThat(SubjectLine.ticketNumber("Re: Your order [#1042]")).hasValue(1042);
		assertThat(SubjectLine.ticketNumber("Order #1042")).isEmpty();
		assertThat(SubjectLine.withToken("Your order", 7)).isEqualTo("Your order [#7]");
		assertThat(SubjectLine.withToken("Your order [#7]", 7)).isEqualTo("Your order [#7]");
	}
}
