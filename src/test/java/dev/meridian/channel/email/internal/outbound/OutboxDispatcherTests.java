package dev.meridian.channel.email.internal.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTests {

	@Test
	void fiveHundredRepliesArePermanentOthersAreRetried() {
		assertThat(OutboxDispatcher.isPermanent(new MessagingException("550 5.1.1 user unknown"))).isTrue();
		assertThat(OutboxDispatcher.isPermanent(new SendFailedException("Invalid Addresses",
				new MessagingException("553 5.1.3 bad address")))).isTrue();
		assertThat(OutboxDispatcher.isPermanent(new MessagingException("451 4.3.0 try again later"))).isFalse();
		assertThat(OutboxDispatcher.isPermanent(new MessagingException("Couldn't connect to host",
				new java.net.ConnectException("Connection refused")))).isFalse();
	}
}
