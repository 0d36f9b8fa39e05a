package dev.meridian.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Builds small raw messages for threading tests. */
public final class TestMail {

	private String from = "customer@buyer.example";
	private String to = "support@shop.example";
	private @Nullable String cc;
	private String subject = "Where is my order?";
	private String messageId = UUID.randomUUID() + "@buyer.example";
	private @Nullable String inReplyTo;
	private @Nullable String references;
	private String body = "Hello, my parcel has not arrived yet.";
	private String extraHeaders = "";

	public static TestMail from(String from) {
		TestMail mail = new TestMail();
		mail.from = from;
		return mail;
	}

	public TestMail to(String to) {
		this.to = to;
		return this;
	}

	public TestMail cc(String cc) {
		this.cc = cc;
		return this;
	}

	public TestMail subject(String subject) {
		this.subject = subject;
		return this;
	}

	public TestMail messageId(String messageId) {
		this.messageId = messageId;
		return this;
	}

	public TestMail inReplyTo(String id) {
		this.inReplyTo = id;
		return this;
	}

	public TestMail references(String ids) {
		this.references = ids;
		return this;
	}

	public TestMail body(String body) {
		this.body = body;
		return this;
	}

	public TestMail header(String line) {
		this.extraHeaders += line + "\r\n";
		return this;
	}

	public String messageId() {
		return messageId;
	}

	public byte[] bytes() {
		StringBuilder raw = new StringBuilder();
		raw.append("From: ").append(from).append("\r\n");
		raw.append("To: ").append(to).append("\r\n");
		if (cc != null) {
			raw.append("Cc: ").append(cc).append("\r\n");
		}
		raw.append("Subject: ").append(subject).append("\r\n");
		raw.append("Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n");
		raw.append("Message-ID: <").append(messageId).append(">\r\n");
		if (inReplyTo != null) {
			raw.append("In-Reply-To: <").append(inReplyTo).append(">\r\n");
		}
		if (references != null) {
			raw.append("References: ").append(references).append("\r\n");
		}
		raw.append(extraHeaders);
		raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
		raw.append(body).append("\r\n");
		return raw.toString().getBytes(StandardCharsets.UTF_8);
	}
}
