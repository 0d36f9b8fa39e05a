package dev.meridian.channel.email.internal.inbound;

import static dev.meridian.channel.email.internal.inbound.Corpus.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutomaticMailDetectorTests {

	private static ParsedMail mail(String headers, String subject) {
		return new MimeParser().parse(("From: a@buyer.example\r\nSubject: " + subject + "\r\n" + headers
				+ "\r\nhello\r\n").getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Auto-Submitted: auto-replied\r\n", "Auto-Submitted: auto-generated\r\n",
			"Precedence: bulk\r\n", "Precedence: junk\r\n", "Precedence: list\r\n", "X-Autoreply: yes\r\n",
			"X-Autorespond: on\r\n" })
	void recognisesAutomaticMailByItsHeaders(String header) {
		assertThat(AutomaticMailDetector.reason(mail(header, "Hello"))).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Out of Office: Re: order", "Automatic reply: order", "自动回复: 订单", "Abwesenheitsnotiz: Bestellung" })
	void recognisesOutOfOfficeSubjects(String subject) {
		assertThat(AutomaticMailDetector.reason(mail("", subject))).isNotNull();
	}

	@Test
	void aPersonsMailIsNotAutomatic() {
		assertThat(AutomaticMailDetector.reason(mail("Auto-Submitted: no\r\n", "Re: my order"))).isNull();
		assertThat(AutomaticMailDetector.reason(parse("utf8-quoted-printable.eml"))).isNull();
		assertThat(AutomaticMailDetector.reason(parse("auto-reply.eml"))).isNotNull();
		assertThat(AutomaticMailDetector.reason(parse("precedence-bulk.eml"))).isNotNull();
	}
}
