package dev.meridian.language.internal;

import java.nio.file.Path;

import dev.meridian.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts provider API keys for storage. It uses Meridian's one secret key, {@code MERIDIAN_SECRET_KEY} (or the key
 * file generated on first start), the same that encrypts mailbox passwords, so there is one key to back up.
 */
@Component
public class ProviderKeys {

	private final Secrets secrets;

	ProviderKeys(@Value("${meridian.secret-key:${meridian.email.secret-key:${MERIDIAN_SECRET_KEY:}}}") String key,
			@Value("${meridian.secret-key-file:${meridian.email.key-file:${MERIDIAN_SECRET_KEY_FILE:./data/secret.key}}}") String keyFile) {
		this.secrets = Secrets.fromKeyOrFile(key, Path.of(keyFile));
	}

	public String seal(String apiKey) {
		return secrets.encrypt(apiKey);
	}

	public String open(String sealed) {
		return secrets.decrypt(sealed);
	}
}
