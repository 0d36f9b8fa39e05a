package dev.meridian.channel.email.internal;

import java.util.Properties;

import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Security;
import jakarta.mail.Session;
import org.springframework.stereotype.Component;

/** Jakarta Mail sessions for a mailbox's servers, with timeouts so that a dead server never hangs a worker. */
@Component
public class MailSessions {

	private final EmailSettings settings;

	MailSessions(EmailSettings settings) {
		this.settings = settings;
	}

	/** A session only for parsing: 8-bit UTF-8 headers allowed, lenient about broken MIME. */
	public static Session parsing() {
		Properties props = new Properties();
		props.setProperty("mail.mime.allowutf8", "true");
		props.setProperty("mail.mime.address.strict", "false");
		props.setProperty("mail.mime.decodetext.strict", "false");
		props.setProperty("mail.mime.decodefilename", "true");
		props.setProperty("mail.mime.decodeparameters", "true");
		props.setProperty("mail.mime.parameters.strict", "false");
		props.setProperty("mail.mime.base64.ignoreerrors", "true");
		props.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
		props.setProperty("mail.mime.multipart.allowempty", "true");
		return Session.getInstance(props);
	}

	public String imapProtocol(MailboxView.Imap imap) {
		return imap.security() == Security.TLS ? "imaps" : "imap";
	}

	public Session imap(MailboxView.Imap imap) {
		String protocol = imapProtocol(imap);
		Properties props = common(protocol, imap.security());
		props.setProperty("mail." + protocol + ".partialfetch", "false");
		// fetching a message must not mark it \Seen: only a stored message may be marked
		props.setProperty("mail." + protocol + ".peek", "true");
		props.setProperty("mail." + protocol + ".fetchsize", "1048576");
		oauth(props, protocol, imap.oauth() != null);
		return Session.getInstance(props);
	}

	public String smtpProtocol(MailboxView.Smtp smtp) {
		return smtp.security() == Security.TLS ? "smtps" : "smtp";
	}

	public Session smtp(MailboxView.Smtp smtp) {
		String protocol = smtpProtocol(smtp);
		Properties props = common(protocol, smtp.security());
		props.setProperty("mail." + protocol + ".host", smtp.host());
		props.setProperty("mail." + protocol + ".port", Integer.toString(smtp.port()));
		props.setProperty("mail." + protocol + ".auth", Boolean.toString(smtp.username() != null));
		oauth(props, protocol, smtp.oauth() != null);
		return Session.getInstance(props);
	}

	/**
	 * With an OAuth 2 login Angus Mail signs in by SASL XOAUTH2 only, with the access token in place of the password:
	 * never by LOGIN or PLAIN, which would hand the token to a server as a password.
	 */
	private static void oauth(Properties props, String protocol, boolean oauth) {
		if (oauth) {
			props.setProperty("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
		}
	}

	private Properties common(String protocol, Security security) {
		Properties props = new Properties();
		String timeout = Long.toString(settings.connectTimeout().toMillis());
		props.setProperty("mail." + protocol + ".connectiontimeout", timeout);
		props.setProperty("mail." + protocol + ".timeout", timeout);
		props.setProperty("mail." + protocol + ".writetimeout", timeout);
		if (security == Security.STARTTLS) {
			props.setProperty("mail." + protocol + ".starttls.enable", "true");
			props.setProperty("mail." + protocol + ".starttls.required", "true");
		}
		if (security != Security.NONE) {
			props.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
		}
		props.setProperty("mail.mime.allowutf8", "true");
		return props;
	}
}
