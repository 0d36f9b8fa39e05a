package dev.meridian.channel.email;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Properties;
import java.util.UUID;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Brands, agents and bearer tokens for the email channel's tests; the test database is shared, so names are unique. */
public final class EmailTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EmailTestSupport() {
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static BrandId newBrand(Brands brands) {
		return brands.create(new BrandDraft(unique("Brand"), null, null)).id();
	}

	/** A bearer token of a fresh agent with the given role, issued by the real token endpoint. */
	public static String tokenFor(MockMvc mvc, Agents agents, String role) throws Exception {
		String email = unique(role) + "@meridian.test";
		agents.create(new AgentDraft(unique(role), email, "a-long-password-1", role, null, null, null, null, null, null,
				null, null, true));
		String body = mvc.perform(post("/api/v1/auth/tokens").with(httpBasic(email, "a-long-password-1")))
			.andReturn().getResponse().getContentAsString();
		return JSON.readTree(body).get("token").asString();
	}

	/** Sends a short plain-text mail through a test SMTP server on this host; answers its Message-ID. */
	public static String sendMail(int smtpPort, String from, String to, String subject) throws MessagingException {
		Properties props = new Properties();
		props.setProperty("mail.smtp.host", "127.0.0.1");
		props.setProperty("mail.smtp.port", Integer.toString(smtpPort));
		MimeMessage message = new MimeMessage(Session.getInstance(props));
		message.setFrom(new InternetAddress(from));
		message.setRecipients(MimeMessage.RecipientType.TO, to);
		message.setSubject(subject, "UTF-8");
		message.setText("Hello, " + subject, "UTF-8");
		message.saveChanges();
		Transport.send(message);
		return message.getMessageID();
	}
}
