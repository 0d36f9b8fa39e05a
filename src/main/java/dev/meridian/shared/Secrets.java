package dev.meridian.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Encrypts short secrets that Meridian must store and later use itself (a provider's API key, a mailbox password)
 * with AES-256-GCM and a fresh 12-byte IV per value. A stored value reads {@code v1:<base64 of IV + ciphertext>},
 * the format the email channel's mailbox secrets use, so that every module encrypts with the one
 * {@code MERIDIAN_SECRET_KEY} and a module can move to this class without re-encrypting anything.
 */
public final class Secrets {

	private static final Logger log = LoggerFactory.getLogger(Secrets.class);
	private static final String PREFIX = "v1:";
	private static final String MAC = "HmacSHA256";

	private final BytesEncryptor encryptor;
	private final SecretKeySpec macKey;

	public Secrets(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("the secret key must be 32 bytes (256 bits), base64-encoded");
		}
		this.macKey = new SecretKeySpec(hmac(new SecretKeySpec(key, MAC), "meridian/mac/v1"), MAC);
		this.encryptor = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(12),
				AesBytesEncryptor.CipherAlgorithm.GCM);
	}

	/**
	 * The key given in base64, or else the one in {@code keyFile}, which is generated (readable by the owner only)
	 * when it does not exist yet.
	 */
	public static Secrets fromKeyOrFile(@Nullable String base64Key, Path keyFile) {
		if (base64Key != null && !base64Key.isBlank()) {
			return new Secrets(Base64.getDecoder().decode(base64Key.trim()));
		}
		return new Secrets(readOrCreate(keyFile));
	}

	/**
	 * An HMAC-SHA256 of {@code data} for one {@code purpose} (say {@code chat-visitor}), base64url without padding:
	 * a signature that only holders of the key can make. The MAC key is derived from the secret key, never the
	 * encryption key itself, and differs per purpose.
	 */
	public String sign(String purpose, String data) {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(hmac(new SecretKeySpec(hmac(macKey, purpose), MAC), data));
	}

	/** Whether {@code signature} is {@link #sign}'s for this purpose and data; compared in constant time. */
	public boolean verify(String purpose, String data, String signature) {
		return java.security.MessageDigest.isEqual(sign(purpose, data).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] hmac(SecretKeySpec key, String data) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance(MAC);
			mac.init(key);
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
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

	private static byte[] readOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] key = KeyGenerators.secureRandom(32).generateKey();
			Path dir = file.toAbsolutePath().getParent();
			if (dir != null) {
				Files.createDirectories(dir);
			}
			try {
				// CREATE_NEW: a key another module (or node on shared storage) wrote a moment ago is never replaced.
				Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE);
			}
			catch (FileAlreadyExistsException e) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			restrict(file);
			log.warn("Generated a new secret key in {}. Back it up with the database: without it the stored secrets "
					+ "cannot be read. Set MERIDIAN_SECRET_KEY to manage it yourself.", file);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the secret key " + file, e);
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
