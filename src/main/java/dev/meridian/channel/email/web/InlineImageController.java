package dev.meridian.channel.email.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.meridian.channel.email.internal.RawMailRepository;
import dev.meridian.channel.email.internal.inbound.MimeParser;
import dev.meridian.channel.email.internal.inbound.ParsedMail;
import dev.meridian.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the inline images ({@code cid:}) of a stored mail to signed-in agents, so they show in the conversation.
 * Only images, never rendered as anything else.
 */
@RestController
class InlineImageController {

	private final RawMailRepository raws;
	private final MimeParser parser = new MimeParser();

	InlineImageController(RawMailRepository raws) {
		this.raws = raws;
	}

	@GetMapping("/mail/inline/{rawMail}/{cid}")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> image(@PathVariable long rawMail, @PathVariable String cid) {
		String contentId;
		try {
			contentId = new String(Base64.getUrlDecoder().decode(cid), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.notFound("inline image", cid);
		}
		byte[] raw = raws.findById(rawMail).orElseThrow(() -> DomainException.notFound("mail", rawMail)).content();
		ParsedMail.Part part = parser.parse(raw).attachments().stream()
			.filter(p -> contentId.equalsIgnoreCase(p.contentId()))
			.filter(p -> p.contentType().startsWith("image/") && !p.contentType().contains("svg"))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("inline image", contentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(part.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(part.content());
	}
}
