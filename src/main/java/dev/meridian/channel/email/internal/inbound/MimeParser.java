package dev.meridian.channel.email.internal.inbound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.channel.email.internal.MailSessions;
import dev.meridian.channel.email.internal.inbound.ParsedMail.Address;
import dev.meridian.channel.email.internal.inbound.ParsedMail.DeliveryReport;
import dev.meridian.channel.email.internal.inbound.ParsedMail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw RFC 822 message with Angus Mail into a {@link ParsedMail}: multipart alternative, related and mixed,
 * inline images, attachments with RFC 2047 and RFC 2231 names, any transfer encoding, and text in whatever charset
 * the sender really used (see {@link Charsets}). It never throws on bad MIME: what cannot be read becomes an
 * attachment or is left out, and the raw message stays in the store.
 */
public final class MimeParser {

	private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
	private static final List<String> MARKERS = List.of("auto-submitted", "precedence", "x-autoreply",
			"x-autorespond", "x-auto-response-suppress", "list-id", "list-unsubscribe", "return-path",
			"x-failed-recipients", "x-loop", "feedback-id");
	private static final int MAX_DEPTH = 20;

	private final Session session = MailSessions.parsing();

	public ParsedMail parse(byte[] raw) {
		try {
			MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(utf8Headers(raw)));
			Body body = new Body();
			walk(message, body, 0);
			Map<String, String> markers = new LinkedHashMap<>();
			for (String name : MARKERS) {
				String value = header(message, name);
				if (value != null) {
					markers.put(name, HeaderText.decode(value));
				}
			}
			String contentType = header(message, "content-type");
			if (contentType != null) {
				markers.put("content-type", contentType.toLowerCase(Locale.ROOT));
			}
			List<String> references = ids(header(message, "references"));
			List<String> inReplyTo = ids(header(message, "in-reply-to"));
			List<String> messageIds = ids(header(message, "message-id"));
			List<Address> from = addresses(header(message, "from"));
			if (from.isEmpty()) {
				from = addresses(header(message, "sender"));
			}
			List<Address> replyTo = addresses(header(message, "reply-to"));
			return new ParsedMail(messageIds.isEmpty() ? null : messageIds.get(0),
					inReplyTo.isEmpty() ? null : inReplyTo.get(0), references,
					HeaderText.decode(header(message, "subject")), from.isEmpty() ? null : from.get(0),
					replyTo.isEmpty() ? null : replyTo.get(0), addresses(header(message, "to")),
					addresses(header(message, "cc")), date(message), body.text(), body.html(), body.attachments,
					markers, body.report);
		}
		catch (MessagingException e) {
			throw new IllegalArgumentException("not a readable RFC 822 message: " + e.getMessage(), e);
		}
	}

	/**
	 * Raw 8-bit headers that are not UTF-8 (Latin-1 or GBK written by old clients) are transcoded to UTF-8, so
	 * that the library, which reads 8-bit headers as UTF-8, sees the characters the sender meant.
	 */
	static byte[] utf8Headers(byte[] raw) {
		int end = headerEnd(raw);
		boolean eightBit = false;
		for (int i = 0; i < end && !eightBit; i++) {
			eightBit = raw[i] < 0;
		}
		if (!eightBit) {
			return raw;
		}
		byte[] head = java.util.Arrays.copyOf(raw, end);
		String text = Charsets.decode(head, null);
		byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] result = new byte[utf8.length + raw.length - end];
		System.arraycopy(utf8, 0, result, 0, utf8.length);
		System.arraycopy(raw, end, result, utf8.length, raw.length - end);
		return result;
	}

	private static int headerEnd(byte[] raw) {
		for (int i = 0; i + 1 < raw.length; i++) {
			if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
				return i + 1;
			}
		}
		return raw.length;
	}

	private void walk(MimePart part, Body body, int depth) throws MessagingException {
		String type = contentType(part);
		if (depth > MAX_DEPTH) {
			return;
		}
		if (type.startsWith("multipart/")) {
			Multipart multipart = multipart(part);
			if (multipart == null) {
				attach(part, body, type);
				return;
			}
			if (type.startsWith("multipart/alternative")) {
				alternative(multipart, body, depth);
			}
			else if (type.startsWith("multipart/related")) {
				related(multipart, body, depth);
			}
			else if (type.startsWith("multipart/report")) {
				report(multipart, body, depth);
			}
			else {
				for (int i = 0; i < multipart.getCount(); i++) {
					walk((MimePart) multipart.getBodyPart(i), body, depth + 1);
				}
			}
			return;
		}
		boolean attachment = "attachment".equalsIgnoreCase(disposition(part));
		if (!attachment && (type.startsWith("text/plain") || type.equals("text"))) {
			body.texts.add(text(part));
		}
		else if (!attachment && type.startsWith("text/html")) {
			body.htmls.add(text(part));
		}
		else {
			attach(part, body, type);
		}
	}

	/** The richest alternative becomes the HTML, the plain one the text; nested multiparts are walked. */
	private void alternative(Multipart multipart, Body body, int depth) throws MessagingException {
		Body best = new Body();
		for (int i = 0; i < multipart.getCount(); i++) {
			Body candidate = new Body();
			walk((MimePart) multipart.getBodyPart(i), candidate, depth + 1);
			if (!candidate.texts.isEmpty() && best.texts.isEmpty()) {
				best.texts.addAll(candidate.texts);
			}
			if (!candidate.htmls.isEmpty()) {
				best.htmls.clear();
				best.htmls.addAll(candidate.htmls);
				best.attachments.removeIf(Part::inline);
			}
			best.attachments.addAll(candidate.attachments);
			if (candidate.report != null) {
				best.report = candidate.report;
			}
		}
		body.merge(best);
	}

	/** The root part is the body; the other parts are what it refers to by {@code cid:}, mostly images. */
	private void related(Multipart multipart, Body body, int depth) throws MessagingException {
		for (int i = 0; i < multipart.getCount(); i++) {
			MimePart part = (MimePart) multipart.getBodyPart(i);
			if (i == 0) {
				walk(part, body, depth + 1);
			}
			else {
				attach(part, body, contentType(part));
			}
		}
	}

	private void report(Multipart multipart, Body body, int depth) throws MessagingException {
		String originalId = null;
		List<String> recipients = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		for (int i = 0; i < multipart.getCount(); i++) {
			MimePart part = (MimePart) multipart.getBodyPart(i);
			String type = contentType(part);
			if (type.startsWith("message/delivery-status") || type.startsWith("message/global-delivery-status")) {
				String status = new String(bytes(part), java.nio.charset.StandardCharsets.UTF_8);
				Matcher recipient = Pattern.compile("(?im)^(?:final|original)-recipient:\\s*(?:rfc822;)?\\s*(\\S+)").matcher(status);
				while (recipient.find()) {
					String address = recipient.group(1).replaceAll("[<>]", "").toLowerCase(Locale.ROOT);
					if (!recipients.contains(address)) {
						recipients.add(address);
					}
				}
				Matcher diagnostic = Pattern.compile("(?im)^diagnostic-code:\\s*(?:smtp;)?\\s*(.+(?:\\r?\\n[ \\t].+)*)").matcher(status);
				if (diagnostic.find()) {
					reasons.add(diagnostic.group(1).replaceAll("\\s+", " ").strip());
				}
				Matcher code = Pattern.compile("(?im)^status:\\s*(\\S+)").matcher(status);
				if (reasons.isEmpty() && code.find()) {
					reasons.add("status " + code.group(1));
				}
				attach(part, body, type);
			}
			else if (type.startsWith("text/rfc822-headers") || type.startsWith("message/rfc822")
					|| type.startsWith("message/global-headers")) {
				try {
					InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(bytes(part)), true);
					List<String> ids = ids(headers.getHeader("Message-ID", null));
					if (!ids.isEmpty()) {
						originalId = ids.get(0);
					}
				}
				catch (MessagingException e) {
					// an unreadable copy of the original: the report still counts
				}
				attach(part, body, type);
			}
			else {
				walk(part, body, depth + 1);
			}
		}
		body.report = new DeliveryReport(originalId, recipients,
				reasons.isEmpty() ? "the receiving server did not accept the message" : String.join("; ", reasons));
	}

	private void attach(MimePart part, Body body, String type) throws MessagingException {
		byte[] content = bytes(part);
		String contentId = null;
		String rawId = header(part, "content-id");
		if (rawId != null) {
			contentId = rawId.strip().replaceAll("^<|>$", "");
		}
		String name = fileName(part, type);
		boolean inline = contentId != null && !"attachment".equalsIgnoreCase(disposition(part));
		body.attachments.add(new Part(name, baseType(type), content, contentId, inline));
	}

	private static String fileName(MimePart part, String type) {
		String name = null;
		try {
			name = part.getFileName();
		}
		catch (MessagingException e) {
			// a broken Content-Disposition; fall back to the type below
		}
		if (name != null) {
			name = HeaderText.decode(name);
			if (name.contains("%") && name.matches(".*%[0-9A-Fa-f]{2}.*")) {
				try {
					name = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException e) {
					// not percent-encoded after all
				}
			}
		}
		if (name == null || name.isBlank()) {
			String base = baseType(type);
			String extension = switch (base) {
				case "message/rfc822" -> ".eml";
				case "image/png" -> ".png";
				case "image/jpeg" -> ".jpg";
				case "image/gif" -> ".gif";
				case "application/pdf" -> ".pdf";
				case "text/html" -> ".html";
				case "text/plain" -> ".txt";
				default -> ".bin";
			};
			name = (base.startsWith("message/") ? "message" : base.startsWith("image/") ? "image" : "attachment") + extension;
		}
		return name.replaceAll("[\\r\\n\\t]", " ").strip();
	}

	private static String text(MimePart part) throws MessagingException {
		String charset = null;
		try {
			charset = new ContentType(part.getContentType()).getParameter("charset");
		}
		catch (ParseException | RuntimeException e) {
			// no usable charset label: guessed from the bytes
		}
		String text = Charsets.decode(bytes(part), charset);
		return text.replace("\r\n", "\n");
	}

	private static byte[] bytes(MimePart part) throws MessagingException {
		try (InputStream in = decodedStream(part)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			// a truncated or broken encoding: keep what could be read rather than lose the message
			return new byte[0];
		}
	}

	private static InputStream decodedStream(MimePart part) throws MessagingException, IOException {
		String encoding = null;
		try {
			encoding = part.getEncoding();
		}
		catch (MessagingException e) {
			// read as is
		}
		InputStream raw = part instanceof MimeMessage message ? message.getRawInputStream()
				: ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream();
		if (encoding == null) {
			return raw;
		}
		String normalized = encoding.strip().toLowerCase(Locale.ROOT);
		if (normalized.equals("7bit") || normalized.equals("8bit") || normalized.equals("binary")) {
			return raw;
		}
		try {
			return MimeUtility.decode(raw, normalized);
		}
		catch (MessagingException e) {
			return raw;
		}
	}

	private static @Nullable Multipart multipart(MimePart part) {
		try {
			Object content = part.getContent();
			return content instanceof Multipart multipart ? multipart : null;
		}
		catch (IOException | MessagingException e) {
			return null;
		}
	}

	private static String contentType(MimePart part) {
		try {
			String type = part.getContentType();
			return type == null ? "text/plain" : type.toLowerCase(Locale.ROOT).strip();
		}
		catch (MessagingException e) {
			return "application/octet-stream";
		}
	}

	private static String baseType(String type) {
		try {
			return new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (ParseException e) {
			int semicolon = type.indexOf(';');
			return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
		}
	}

	private static @Nullable String disposition(MimePart part) {
		try {
			return part.getDisposition();
		}
		catch (MessagingException e) {
			return null;
		}
	}

	private static @Nullable String header(MimePart part, String name) {
		try {
			return part.getHeader(name, null);
		}
		catch (MessagingException e) {
			return null;
		}
	}

	/** Message-IDs in angle brackets, lower-cased; a bare id without brackets is accepted too. */
	static List<String> ids(@Nullable String raw) {
		List<String> ids = new ArrayList<>();
		if (raw == null) {
			return ids;
		}
		String unfolded = raw.replaceAll("\\s+", " ");
		Matcher m = ANGLE_ID.matcher(unfolded);
		while (m.find()) {
			String id = m.group(1).toLowerCase(Locale.ROOT);
			if (!ids.contains(id) && id.length() <= 900) {
				ids.add(id);
			}
		}
		if (ids.isEmpty()) {
			String bare = unfolded.strip();
			if (bare.contains("@") && !bare.contains(" ") && bare.length() <= 900) {
				ids.add(bare.toLowerCase(Locale.ROOT));
			}
		}
		return ids;
	}

	static List<Address> addresses(@Nullable String raw) {
		List<Address> result = new ArrayList<>();
		if (raw == null || raw.isBlank()) {
			return result;
		}
		try {
			for (InternetAddress address : InternetAddress.parseHeader(raw.replaceAll("\\r?\\n", ""), false)) {
				if (address.getAddress() == null || !address.getAddress().contains("@")) {
					continue;
				}
				result.add(new Address(address.getAddress(), personal(address)));
			}
		}
		catch (AddressException e) {
			Matcher m = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+").matcher(raw);
			while (m.find()) {
				result.add(new Address(m.group(), null));
			}
		}
		return result;
	}

	/** The display name, decoded by {@link HeaderText} from its encoded form so that mislabelled charsets read right. */
	private static @Nullable String personal(InternetAddress address) {
		if (address.getPersonal() == null) {
			return null;
		}
		String full = address.toString();
		int angle = full.lastIndexOf('<');
		String encoded = angle > 0 ? full.substring(0, angle).strip() : address.getPersonal();
		if (encoded.startsWith("\"") && encoded.endsWith("\"") && encoded.length() >= 2) {
			encoded = encoded.substring(1, encoded.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		String name = HeaderText.decode(encoded).strip();
		return name.isEmpty() ? null : name;
	}

	private static @Nullable Instant date(MimeMessage message) {
		try {
			java.util.Date sent = message.getSentDate();
			return sent == null ? null : sent.toInstant();
		}
		catch (MessagingException e) {
			return null;
		}
	}

	private static final class Body {

		final List<String> texts = new ArrayList<>();
		final List<String> htmls = new ArrayList<>();
		final List<Part> attachments = new ArrayList<>();
		@Nullable DeliveryReport report;

		void merge(Body other) {
			texts.addAll(other.texts);
			htmls.addAll(other.htmls);
			attachments.addAll(other.attachments);
			if (other.report != null) {
				report = other.report;
			}
		}

		@Nullable String text() {
			return texts.isEmpty() ? null : String.join("\n\n", texts);
		}

		@Nullable String html() {
			return htmls.isEmpty() ? null : String.join("\n<hr>\n", htmls);
		}
	}
}
