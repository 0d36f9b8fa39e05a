package dev.meridian.automation.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import dev.meridian.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Webhook signing secrets: generated here (32 random bytes), stored encrypted with Meridian's one secret key (the
 * one that also encrypts mailbox passwords and provider keys), opened only to sign.
 */
@Component
public class WebhookSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Secrets secrets;

	WebhookSecrets(@Value("${meridian.secret-key:${meridian.email.secret-key:${MERIDIAN_SECRET_KEY:}}}") String key,
			@Value("${meridian.secret-key-file:${meridian.email.key-file:${MERIDIAN_SECRET_KEY_FILE:./data/secret.key}}}") String keyFile) {
		this.secrets = Secrets.fromKeyOrFile(key, Path.of(keyFile));
	}

	public String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public String seal(String secret) {
		return secrets.encrypt(secret);
	}

	public String open(String sealed) {
		return secrets.decrypt(sealed);
	}
}
