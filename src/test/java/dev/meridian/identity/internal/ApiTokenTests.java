package dev.meridian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ApiTokenTests {

	private final Instant issued = Instant.parse("2026-11-24T08:00:00Z");

	private final ApiToken token = new ApiToken(7L, "hash", issued, issued.plus(Duration.ofDays(30)));

	@Test
	void recordsTheFirstUse() {
		token.usedAt(issued.plusSeconds(5));

		assertThat(token.lastUsedAt()).isEqualTo(issued.plusSeconds(5));
	}

	@Test
	void usesWithinAMinuteOfTheRecordedOneLeaveTheRowUnchanged() {
		token.usedAt(issued.plusSeconds(5));
		token.usedAt(issued.plusSeconds(30));
		token.usedAt(issued.plusSeconds(64));

		assertThat(token.lastUsedAt()).isEqualTo(issued.plusSeconds(5));
	}

	@Test
	void aUseAMinuteLaterIsRecorded() {
		token.usedAt(issued.plusSeconds(5));
		token.usedAt(issued.plusSeconds(30));
		token.usedAt(issued.plusSeconds(65));

		assertThat(token.lastUsedAt()).isEqualTo(issued.plusSeconds(65));
	}
}
