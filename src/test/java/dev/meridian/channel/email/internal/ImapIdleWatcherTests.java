package dev.meridian.channel.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ImapIdleWatcherTests {

	@Test
	void reconnectPausesDoubleFromOneSecondUpToOneMinute() {
		assertThat(ImapIdleWatcher.pauseAfter(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(ImapIdleWatcher.pauseAfter(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(ImapIdleWatcher.pauseAfter(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(ImapIdleWatcher.pauseAfter(7)).isEqualTo(Duration.ofMinutes(1));
		assertThat(ImapIdleWatcher.pauseAfter(1000)).isEqualTo(Duration.ofMinutes(1));
	}
}
