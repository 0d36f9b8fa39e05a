package dev.meridian.channel.chat.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.identity.BrandId;
import dev.meridian.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A widget visitor's identity: {@code v1.<brand>.<visitor>.<signature>}, the visitor a random UUID and the signature
 * an HMAC-SHA256 under the node's secret key ({@code MERIDIAN_SECRET_KEY}, the same on every node). The widget keeps
 * it in the browser's storage, so the conversation survives reloads; a token edited by hand, or made for another
 * brand, is refused.
 */
@Component
public class VisitorTokens {

	private static final String PURPOSE = "chat-visitor";

	public record Visitor(BrandId brand, String id) {
	}

	private final Secrets secrets;

	VisitorTokens(@Value("${meridian.email.secret-key:}") String key,
			@Value("${meridian.email.key-file:./data/secret.key}") String keyFile) {
		this.secrets = Secrets.fromKeyOrFile(key, Path.of(keyFile));
	}

	public String issue(BrandId brand) {
		String data = "v1." + brand + "." + UUID.randomUUID();
		return data + "." + secrets.sign(PURPOSE, data);
	}

	/** The visitor of a genuine token of this brand, or empty. */
	public Optional<Visitor> verify(BrandId brand, String token) {
		int dot = token.lastIndexOf('.');
		if (dot < 0 || token.length() > 200) {
			return Optional.empty();
		}
		String data = token.substring(0, dot);
		String[] parts = data.split("\\.");
		if (parts.length != 3 || !parts[0].equals("v1") || !parts[1].equals(brand.toString())
				|| !secrets.verify(PURPOSE, data, token.substring(dot + 1))) {
			return Optional.empty();
		}
		return Optional.of(new Visitor(brand, parts[2]));
	}
}
