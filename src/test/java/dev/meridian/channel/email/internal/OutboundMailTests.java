package dev.meridian.channel.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class OutboundMailTests {

	private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

	@Test
	void retriesWithGrowingBackoffThenFails() {
		OutboundMail mail = new OutboundMail(1, 2, 3L, "x@shop.example", "c@buyer.example", T0);
		ReflectionTestUtils.setField(mail, "attempts", 1);
		mail.attemptFailed("421 busy", false, 3, T0);
		assertThat(mail.status()).isEqualTo(OutboundMail.RETRYING);
		assertThat(mail.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
		ReflectionTestUtils.setField(mail, "attempts", 2);
		mail.attemptFailed("421 busy", false, 3, T0);
		assertThat(mail.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
		ReflectionTestUtils.setField(mail, "attempts", 3);
		mail.attemptFailed("421 busy", false, 3, T0);
		assertThat(mail.status()).isEqualTo(OutboundMail.FAILED);
		assertThat(mail.lastError()).isEqualTo("421 busy");
	}

	@Test
	void aPermanentFailureFailsAtOnce() {
		OutboundMail mail = new OutboundMail(1, 2, 3L, "x@shop.example", "c@buyer.example", T0);
		mail.attemptFailed("550 no such user", true, 8, T0);
		assertThat(mail.status()).isEqualTo(OutboundMail.FAILED);
	}
}
