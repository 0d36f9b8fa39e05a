package dev.meridian.channel.email.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores a message as it arrived, in a transaction of its own, before anything else looks at it. */
@Component
public class RawMailStore {

	private final RawMailRepository raws;
	private final Clock clock;

	RawMailStore(RawMailRepository raws, Clock clock) {
		this.raws = raws;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long store(Mailbox mailbox, String source, byte[] content) {
		return raws.saveAndFlush(new RawMail(mailbox.id(), mailbox.brand().value(), source, content, sha256(content),
				clock.instant())).id();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
