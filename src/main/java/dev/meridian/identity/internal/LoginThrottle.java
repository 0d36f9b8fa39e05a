package dev.meridian.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code loginAttempts} failures for one email from one address within
 * {@code loginWindow}, further attempts are refused until the window has passed, and so are all attempts from
 * an address that failed {@link #ADDRESS_FACTOR} times as often, whatever emails it tried. A success clears the
 * email's count.
 */
@Component
public class LoginThrottle {

	static final int ADDRESS_FACTOR = 10;
	private static final int MAX_TRACKED = 100_000;

	private final IdentitySettings settings;
	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	LoginThrottle(IdentitySettings settings) {
		this.settings = settings;
	}

	public boolean blocked(String address, String email) {
		return empty(failures.get(key(address, email))) || empty(failures.get(address));
	}

	public Duration retryAfter() {
		return settings.loginWindow();
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String email = event.getAuthentication().getName();
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details && email != null) {
			if (failures.size() > MAX_TRACKED) {
				forgetRefilled();
			}
			String address = details.getRemoteAddress();
			failures.computeIfAbsent(key(address, email), k -> bucket(settings.loginAttempts())).tryConsume(1);
			failures.computeIfAbsent(address, k -> bucket(settings.loginAttempts() * ADDRESS_FACTOR)).tryConsume(1);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			failures.remove(key(details.getRemoteAddress(), event.getAuthentication().getName()));
		}
	}

	/** Counts that have refilled completely block nobody; only they are dropped when the map grows large. */
	private void forgetRefilled() {
		failures.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= capacityOf(entry.getKey()));
	}

	private int capacityOf(String key) {
		return key.contains("|") ? settings.loginAttempts() : settings.loginAttempts() * ADDRESS_FACTOR;
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, settings.loginWindow()))
			.build();
	}

	private static boolean empty(Bucket bucket) {
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private static String key(String address, String email) {
		return address + "|" + email.trim().toLowerCase(Locale.ROOT);
	}
}
