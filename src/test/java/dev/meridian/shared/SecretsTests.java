package dev.meridian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void encryptsEachTimeDifferentlyAndDecryptsBack() {
		Secrets secrets = Secrets.fromKeyOrFile(KEY, Path.of("unused"));

		String first = secrets.encrypt("deepl-key:fx");
		String second = secrets.encrypt("deepl-key:fx");

		assertThat(first).startsWith("v1:").isNotEqualTo(second).doesNotContain("deepl-key");
		assertThat(secrets.decrypt(first)).isEqualTo("deepl-key:fx");
		assertThat(secrets.decrypt(second)).isEqualTo("deepl-key:fx");
	}

	@Test
	void signaturesVerifyOnlyForTheSameKeyPurposeAndData() {
		Secrets secrets = Secrets.fromKeyOrFile(KEY, Path.of("unused"));
		byte[] other = new byte[32];
		other[0] = 1;

		String signature = secrets.sign("chat-visitor", "v1.7.visitor-a");

		assertThat(signature).matches("[A-Za-z0-9_-]{43}");
		assertThat(secrets.verify("chat-visitor", "v1.7.visitor-a", signature)).isTrue();
		assertThat(secrets.verify("chat-visitor", "v1.8.visitor-a", signature)).isFalse();
		assertThat(secrets.verify("webhook", "v1.7.visitor-a", signature)).isFalse();
		assertThat(new Secrets(other).verify("chat-visitor", "v1.7.visitor-a", signature)).isFalse();
	}

	@Test
	void anotherKeyCannotReadIt() {
		String sealed = Secrets.fromKeyOrFile(KEY, Path.of("unused")).encrypt("secret");
		byte[] other = new byte[32];
		other[0] = 1;

		assertThatThrownBy(() -> new Secrets(other).decrypt(sealed)).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> new Secrets(new byte[16])).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void generatesAKeyFileOnceAndReadsItAfterwards(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("keys/secret.key");

		String sealed = Secrets.fromKeyOrFile(null, file).encrypt("secret");
		String key = Files.readString(file);

		assertThat(Base64.getDecoder().decode(key.trim())).hasSize(32);
		assertThat(Secrets.fromKeyOrFile("  ", file).decrypt(sealed)).isEqualTo("secret");
		assertThat(Files.readString(file)).isEqualTo(key);
	}
}
