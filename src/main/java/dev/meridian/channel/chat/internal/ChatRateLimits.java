package dev.meridian.channel.chat.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets per visitor (messages) and per IP address (every widget request), kept on this node: behind a load
 * balancer each node counts its own share. Sizes come from {@code meridian.chat.visitor-messages-per-minute} and
 * {@code meridian.chat.ip-requests-per-minute}.
 */
@Component
public class ChatRateLimits {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> visitors = new ConcurrentHashMap<>();
	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
	private final int perVisitor;
	private final int perIp;

	ChatRateLimits(@Value("${meridian.chat.visitor-messages-per-minute:30}") int perVisitor,
			@Value("${meridian.chat.ip-requests-per-minute:600}") int perIp) {
		this.perVisitor = perVisitor;
		this.perIp = perIp;
	}

	public void message(String visitor) {
		take(visitors, visitor, perVisitor, "chat.too_many_messages", "slow down: too many messages from this visitor");
	}

	public void request(String ip) {
		take(addresses, ip, perIp, "chat.too_many_requests", "too many chat requests from this address");
	}

	private static void take(Map<String, Bucket> buckets, String key, int perMinute, String code, String message) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long wait = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
			throw new ChatRefused(429, code, message, wait);
		}
	}
}
