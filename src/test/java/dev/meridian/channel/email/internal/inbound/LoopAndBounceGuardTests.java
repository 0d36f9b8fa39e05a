package dev.meridian.channel.email.internal.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LoopAndBounceGuardTests {

	private static ParsedMail mail(String raw) {
		return new MimeParser().parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsADeliveryStatusReport() {
		ParsedMail dsn = mail("""
				From: MAILER-DAEMON@mx.example
				Subject: Undelivered Mail
				Content-Type: multipart/report; report-type=delivery-status; boundary="R"

				--R
				Content-Type: text/plain

				Sorry.
				--R
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.example

				Final-Recipient: rfc822; gone@buyer.example
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 <gone@buyer.example>: user unknown
				--R
				Content-Type: text/rfc822-headers

				Message-ID: <ABC.t1001@shop.example>
				Subject: Re: order
				--R--
				""");
		assertThat(LoopAndBounceGuard.isBounce(dsn)).isTrue();
		assertThat(dsn.deliveryReport().originalMessageId()).isEqualTo("abc.t1001@shop.example");
		assertThat(dsn.deliveryReport().failedRecipients()).containsExactly("gone@buyer.example");
		assertThat(dsn.deliveryReport().reason()).isEqualTo("550 5.1.1 <gone@buyer.example>: user unknown");
	}

	@Test
	void recognisesBouncesWithoutAReport() {
		assertThat(LoopAndBounceGuard.isBounce(mail("From: postmaster@mx.example\nSubject: failure\n\nx\n"))).isTrue();
		assertThat(LoopAndBounceGuard.isBounce(mail("From: a@buyer.example\nSubject: Re: order\n\nx\n"))).isFalse();
	}
}
