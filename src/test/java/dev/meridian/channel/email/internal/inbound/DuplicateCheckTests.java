package dev.meridian.channel.email.internal.inbound;

import static dev.meridian.channel.email.internal.inbound.Corpus.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateCheckTests {

	@Test
	void keysByMessageId() {
		assertThat(DuplicateCheck.key(parse("gbk.eml"))).isEqualTo("mid:gbk-1@buyer.example");
	}

	@Test
	void keysMailWithoutMessageIdByItsContent() {
		String key = DuplicateCheck.key(parse("no-message-id.eml"));
		assertThat(key).startsWith("sha:").hasSize(68);
		assertThat(DuplicateCheck.key(parse("no-message-id.eml"))).isEqualTo(key);
	}
}
