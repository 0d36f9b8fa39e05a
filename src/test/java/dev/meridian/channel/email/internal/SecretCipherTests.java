package dev.meridian.channel.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretCipherTests {

	private final SecretCipher cipher = new SecretCipher(new byte[32]);

	@Test
	void encryptsWithAFreshIvAndDecryptsBack() {
		String first = cipher.encrypt("imap-password");
		String second = cipher.encrypt("imap-password");
		assertThat(first).startsWith("v1:").doesNotContain("imap-password").isNotEqualTo(second);
		assertThat(cipher.decrypt(first)).isEqualTo("imap-password");
	}
}
