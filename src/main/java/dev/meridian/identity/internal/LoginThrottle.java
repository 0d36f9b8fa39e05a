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
 * {@code loginWindow}, further attempts are refused until the window has passed. A success clears the count.
 */
@Component
public class LoginThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final IdentitySettings settings;
	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	LoginThrottle(IdentitySettings settings) {
		this.settings = settings;
	}

	public boolean blocked(String address, String email) {
		Bucket bucket = failures.get(key(address, email));
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	public Duration retryAfter() {
		return settings.loginWindow();
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String email = event.getAuthentication().getName();
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details && email != null) {
			if (failures.size() > MAX_TRACKED) {
				failures.clear();
			}
			failures.computeIfAbsent(key(details.getRemoteAddress(), email), k -> newBucket()).tryConsume(1);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			failures.remove(key(details.getRemoteAddress(), event.getAuthentication().getName()));
		}
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(settings.loginAttempts())
				.refillIntervally(settings.loginAttempts(), settings.loginWindow()))
			.build();
	}

	private static String key(String address, String email) {
		return address + "|" + email.trim().toLowerCase(Locale.ROOT);
	}
}
