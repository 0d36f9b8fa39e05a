package dev.meridian.channel.email.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts mailbox secrets at rest with AES-256-GCM (Spring Security Crypto), a fresh 12-byte IV per value.
 * The key comes from {@code MERIDIAN_SECRET_KEY} (base64, 32 bytes) or from a key file generated on first start.
 */
@Component
public class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
	private static final String PREFIX = "v1:";

	private final BytesEncryptor encryptor;

	@Autowired
	SecretCipher(EmailSettings settings) {
		this(loadKey(settings));
	}

	SecretCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("the mailbox secret key must be 32 bytes (256 bits), base64-encoded");
		}
		SecretKey secretKey = new SecretKeySpec(key, "AES");
		this.encryptor = new AesBytesEncryptor(secretKey, KeyGenerators.secureRandom(12),
				AesBytesEncryptor.CipherAlgorithm.GCM);
	}

	public String encrypt(String secret) {
		return PREFIX + Base64.getEncoder().encodeToString(encryptor.encrypt(secret.getBytes(StandardCharsets.UTF_8)));
	}

	public String decrypt(String stored) {
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("unknown secret format");
		}
		byte[] plain = encryptor.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())));
		return new String(plain, StandardCharsets.UTF_8);
	}

	private static byte[] loadKey(EmailSettings settings) {
		if (settings.secretKey() != null && !settings.secretKey().isBlank()) {
			return Base64.getDecoder().decode(settings.secretKey().trim());
		}
		Path file = Path.of(settings.keyFile());
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] key = KeyGenerators.secureRandom(32).generateKey();
			Path dir = file.toAbsolutePath().getParent();
			if (dir != null) {
				Files.createDirectories(dir);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
			restrict(file);
			log.warn("Generated a new key for mailbox secrets in {}. Back it up with the database: without it the "
					+ "stored mailbox passwords cannot be read. Set MERIDIAN_SECRET_KEY to manage it yourself.", file);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the mailbox secret key " + file, e);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
		catch (UnsupportedOperationException | IOException e) {
			// not a POSIX file system; the file keeps the directory's permissions
		}
	}
}
