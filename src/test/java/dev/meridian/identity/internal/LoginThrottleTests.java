package dev.meridian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(
			new IdentitySettings("admin@meridian.test", "", Duration.ofDays(1), 5, Duration.ofMinutes(10)));

	@Test
	void blocksAnEmailFromAnAddressAfterFiveFailures() {
		for (int i = 0; i < 4; i++) {
			fail("10.0.0.1", "ana@shop.example");
		}
		assertThat(throttle.blocked("10.0.0.1", "ana@shop.example")).isFalse();
		fail("10.0.0.1", "ana@shop.example");
		assertThat(throttle.blocked("10.0.0.1", "ANA@shop.example")).isTrue();
		assertThat(throttle.blocked("10.0.0.2", "ana@shop.example")).isFalse();
		assertThat(throttle.blocked("10.0.0.1", "li@shop.example")).isFalse();
	}

	@Test
	void blocksAnAddressThatTriesManyEmails() {
		for (int i = 0; i < 5 * LoginThrottle.ADDRESS_FACTOR; i++) {
			fail("10.0.0.9", "guess" + i + "@shop.example");
		}
		assertThat(throttle.blocked("10.0.0.9", "someone-new@shop.example")).isTrue();
		assertThat(throttle.blocked("10.0.0.8", "someone-new@shop.example")).isFalse();
	}

	@Test
	void successClearsTheEmailsCount() {
		for (int i = 0; i < 4; i++) {
			fail("10.0.0.3", "maria@shop.example");
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated("maria@shop.example", null, java.util.List.of());
		authentication.setDetails(details("10.0.0.3"));
		throttle.onSuccess(new AuthenticationSuccessEvent(authentication));
		fail("10.0.0.3", "maria@shop.example");
		assertThat(throttle.blocked("10.0.0.3", "maria@shop.example")).isFalse();
	}

	private void fail(String address, String email) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong");
		attempt.setDetails(details(address));
		throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")));
	}

	private static WebAuthenticationDetails details(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		return new WebAuthenticationDetails(request);
	}
}
