package dev.meridian.channel.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.meridian.channel.email.AfterImport;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.OAuthProvider;
import dev.meridian.channel.email.Security;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MailSessionsTests {

	private final MailSessions sessions = new MailSessions(new EmailSettings(null, "unused", Duration.ofDays(7),
			Duration.ofMinutes(1), 4, DataSize.ofMegabytes(10), 20, 200000, 8, Duration.ofSeconds(20),
			Duration.ofSeconds(5), false, Duration.ofMinutes(10), Duration.ofSeconds(20), Duration.ofMinutes(15)));

	private final MailboxView.OAuth oauth = new MailboxView.OAuth(OAuthProvider.GOOGLE, null, null, "client", true, true,
			null, null, null);

	@Test
	void anOAuthLoginSignsInBySaslXoauth2OnlySoTheTokenNeverTravelsAsAPassword() {
		assertThat(sessions.imap(imap(oauth)).getProperty("mail.imaps.auth.mechanisms")).isEqualTo("XOAUTH2");
		assertThat(sessions.smtp(smtp(oauth)).getProperty("mail.smtp.auth.mechanisms")).isEqualTo("XOAUTH2");
		assertThat(sessions.smtp(smtp(oauth)).getProperty("mail.smtp.auth")).isEqualTo("true");
	}

	@Test
	void aPasswordLoginKeepsAngusMailsUsualMechanisms() {
		assertThat(sessions.imap(imap(null)).getProperty("mail.imaps.auth.mechanisms")).isNull();
		assertThat(sessions.smtp(smtp(null)).getProperty("mail.smtp.auth.mechanisms")).isNull();
	}

	private static MailboxView.Imap imap(MailboxView.OAuth oauth) {
		return new MailboxView.Imap("imap.gmail.com", 993, Security.TLS, "support@shop.example", oauth == null, "INBOX",
				AfterImport.MARK_SEEN, null, oauth);
	}

	private static MailboxView.Smtp smtp(MailboxView.OAuth oauth) {
		return new MailboxView.Smtp("smtp.gmail.com", 587, Security.STARTTLS, "support@shop.example", oauth == null,
				oauth);
	}
}
