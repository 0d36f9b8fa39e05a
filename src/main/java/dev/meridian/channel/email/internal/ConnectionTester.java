package dev.meridian.channel.email.internal;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLException;

import dev.meridian.channel.email.ConnectionReport;
import dev.meridian.channel.email.ConnectionReport.Check;
import dev.meridian.channel.email.MailboxView;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import org.springframework.stereotype.Component;

/**
 * Tries a mailbox's servers step by step (DNS, the OAuth access token, connect and TLS, login, folder) and reports
 * the first step that failed in words an admin can act on.
 */
@Component
public class ConnectionTester {

	private final MailSessions sessions;
	private final SecretCipher cipher;
	private final OAuthTokens tokens;

	ConnectionTester(MailSessions sessions, SecretCipher cipher, OAuthTokens tokens) {
		this.sessions = sessions;
		this.cipher = cipher;
		this.tokens = tokens;
	}

	public ConnectionReport test(Mailbox mailbox) {
		MailboxView view = mailbox.view();
		Check imap = view.imap() == null ? null : imap(mailbox, view.imap());
		Check smtp = view.smtp() == null ? null : smtp(mailbox, view.smtp());
		return new ConnectionReport(imap, smtp);
	}

	private Check imap(Mailbox mailbox, MailboxView.Imap imap) {
		List<String> passed = new ArrayList<>();
		Check dns = dns(imap.host(), passed);
		if (dns != null) {
			return dns;
		}
		try (Store store = sessions.imap(imap).getStore(sessions.imapProtocol(imap))) {
			store.connect(imap.host(), imap.port(), imap.username(), secret(mailbox, MailServer.IMAP, passed));
			passed.add("connect");
			passed.add("login");
			Folder folder = store.getFolder(imap.folder());
			if (!folder.exists()) {
				return new Check(false, "folder", "the folder '" + imap.folder() + "' does not exist on " + imap.host(), passed);
			}
			passed.add("folder");
			return new Check(true, null, "connected to " + imap.host() + ":" + imap.port() + ", signed in, found '"
					+ imap.folder() + "'", passed);
		}
		catch (MessagingException e) {
			return failure(imap.host(), imap.port(), imap.username(), imap.oauth() != null, e, passed);
		}
	}

	private Check smtp(Mailbox mailbox, MailboxView.Smtp smtp) {
		List<String> passed = new ArrayList<>();
		Check dns = dns(smtp.host(), passed);
		if (dns != null) {
			return dns;
		}
		try (Transport transport = sessions.smtp(smtp).getTransport(sessions.smtpProtocol(smtp))) {
			if (smtp.username() == null) {
				transport.connect();
			}
			else {
				transport.connect(smtp.host(), smtp.port(), smtp.username(), secret(mailbox, MailServer.SMTP, passed));
			}
			passed.add("connect");
			passed.add("login");
			return new Check(true, null, "connected to " + smtp.host() + ":" + smtp.port()
					+ (smtp.username() == null ? " (no login configured)" : " and signed in"), passed);
		}
		catch (MessagingException e) {
			return failure(smtp.host(), smtp.port(), smtp.username(), smtp.oauth() != null, e, passed);
		}
	}

	/**
	 * The password, or a fresh OAuth access token: asked for even after a refusal, so that a test shows whether the
	 * provider accepts the grant now.
	 */
	private String secret(Mailbox mailbox, MailServer server, List<String> passed) throws MessagingException {
		if (server.oauth(mailbox) == null) {
			String secret = server.secret(mailbox);
			return secret == null ? "" : cipher.decrypt(secret);
		}
		String token = tokens.token(mailbox.id(), server, true).value();
		passed.add("token");
		return token;
	}

	private static Check failure(String host, int port, String username, boolean oauth, MessagingException e,
			List<String> passed) {
		if (oauth && e instanceof AuthenticationFailedException) {
			return new Check(false, "login", "the server did not accept the OAuth access token for " + username
					+ " (the token must belong to this account and its consent must include mail access): " + text(e), passed);
		}
		return failure(host, port, e, passed);
	}

	private static Check dns(String host, List<String> passed) {
		try {
			InetAddress.getAllByName(host);
			passed.add("dns");
			return null;
		}
		catch (UnknownHostException e) {
			return new Check(false, "dns", "the host name " + host + " could not be resolved (DNS)", passed);
		}
	}

	static Check failure(String host, int port, MessagingException e, List<String> passed) {
		if (e instanceof TokenRequestFailed) {
			return new Check(false, "token", text(e), passed);
		}
		if (e instanceof AuthenticationFailedException) {
			return new Check(false, "login", "the server rejected the username or password: " + text(e), passed);
		}
		Throwable cause = rootCause(e);
		String where = host + ":" + port;
		if (cause instanceof UnknownHostException) {
			return new Check(false, "dns", "the host name " + host + " could not be resolved (DNS)", passed);
		}
		if (cause instanceof SSLException) {
			return new Check(false, "tls", "the TLS handshake with " + where + " failed: " + text(cause), passed);
		}
		if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
			return new Check(false, "connect", "nothing accepts connections at " + where + ": " + text(cause), passed);
		}
		if (cause instanceof SocketTimeoutException) {
			return new Check(false, "connect", "no answer from " + where + " in time", passed);
		}
		String message = text(e);
		if (message.toLowerCase(java.util.Locale.ROOT).contains("starttls")) {
			return new Check(false, "tls", where + " does not offer STARTTLS: " + message, passed);
		}
		if (passed.contains("connect")) {
			return new Check(false, "login", message, passed);
		}
		return new Check(false, "connect", "connecting to " + where + " failed: " + message, passed);
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String text(Throwable e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
	}
}
