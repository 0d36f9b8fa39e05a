package dev.meridian.channel.email.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param secretKey base64 of a 256-bit AES key that encrypts mailbox passwords; when empty, a key is generated
 *        once into {@code keyFile}
 * @param keyFile where the generated key lives
 * @param threadWindow how long after a customer's last mail a mail with the same sender and subject still joins
 *        that ticket
 * @param pollInterval how often the IMAP mailboxes are polled
 * @param pollConcurrency how many mailboxes are polled at once
 * @param maxAttachmentSize larger attachments stay in the raw message and are named in the text instead
 * @param maxAttachments attachments per message taken over to the ticket
 * @param maxBodyLength characters of text taken over to the ticket
 * @param sendAttempts attempts before an outbound mail is failed
 * @param connectTimeout connect and read timeout towards mail servers
 * @param outboxInterval how often the outbound queue is looked at
 * @param idle whether this node keeps IMAP IDLE connections (mailboxes whose server offers IDLE)
 * @param idleRenew how long one IDLE command lasts before it is ended and issued again; RFC 2177 asks for less than
 *        29 minutes, and NAT gateways often forget a silent connection sooner
 * @param idleTick how often this node renews its IDLE leases and starts, stops or restarts watchers; a lease lasts
 *        three ticks, so another node takes over a mailbox within about that long after a node died
 * @param idleSafetyPoll while a mailbox idles, the periodic poll still looks at it when nothing has checked it for
 *        this long
 */
@ConfigurationProperties("meridian.email")
public record EmailSettings(@Nullable String secretKey, @DefaultValue("./data/secret.key") String keyFile,
		@DefaultValue("7d") Duration threadWindow, @DefaultValue("60s") Duration pollInterval,
		@DefaultValue("4") int pollConcurrency, @DefaultValue("10MB") DataSize maxAttachmentSize,
		@DefaultValue("20") int maxAttachments, @DefaultValue("200000") int maxBodyLength,
		@DefaultValue("8") int sendAttempts, @DefaultValue("20s") Duration connectTimeout,
		@DefaultValue("5s") Duration outboxInterval, @DefaultValue("true") boolean idle,
		@DefaultValue("10m") Duration idleRenew, @DefaultValue("20s") Duration idleTick,
		@DefaultValue("15m") Duration idleSafetyPoll) {
}
