package dev.meridian.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin so that a fresh installation can be signed into. When no password is configured it
 * generates one and logs it once, the only time a password ever reaches the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Agents agents;
	private final IdentitySettings settings;

	AdminBootstrap(Agents agents, IdentitySettings settings) {
		this.agents = agents;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (agents.byEmail(settings.adminEmail()).isPresent()) {
			return;
		}
		boolean generated = settings.adminPassword().isBlank();
		String password = generated ? generatePassword() : settings.adminPassword();
		agents.create(new AgentDraft("Administrator", settings.adminEmail(), password, Role.ADMIN.key(), null,
				null, null, 3, null, null, null, null, true));
		if (generated) {
			log.warn("Created admin {} with the generated password {} (shown only this once; change it after signing in, "
					+ "or set MERIDIAN_ADMIN_PASSWORD)", settings.adminEmail(), password);
		}
		else {
			log.info("Created admin {} with the password from MERIDIAN_ADMIN_PASSWORD", settings.adminEmail());
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
