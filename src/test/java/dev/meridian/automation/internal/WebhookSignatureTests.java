package dev.meridian.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

	private static final String SECRET = "whsec_test-secret";
	private static final byte[] BODY = "{\"event\":\"ticket.created\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signsTheTimestampAndBodyWithHmacSha256() {
		// Known answer, computed independently:
		// printf '1700000000.{"event":"ticket.created"}' | openssl dgst -sha256 -hmac whsec_test-secret
		assertThat(WebhookSignature.header(SECRET, 1_700_000_000L, BODY))
			.isEqualTo("t=1700000000,v1=fed536461a8d4a9777de003f064193bbae84552827b59435267706fc21e336ec");
	}

	@Test
	void verifiesItsOwnSignatureAndRefusesChangesOtherSecretsAndOldTimestamps() {
		long now = 1_700_000_000L;
		String header = WebhookSignature.header(SECRET, now, BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY, now + 10, 300)).isTrue();
		assertThat(WebhookSignature.verify(SECRET, header, "{\"event\":\"ticket.updated\"}".getBytes(StandardCharsets.UTF_8),
				now, 300)).isFalse();
		assertThat(WebhookSignature.verify("whsec_other", header, BODY, now, 300)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, header, BODY, now + Duration.ofMinutes(10).toSeconds(), 300)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "v1=abc", BODY, now, 300)).isFalse();
	}
}
