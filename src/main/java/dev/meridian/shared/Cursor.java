package dev.meridian.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key values of the last item seen, encoded so that clients treat it
 * as a token rather than a number they could compute.
 */
public record Cursor(List<String> values) {

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(String.join("\u001f", values).getBytes(StandardCharsets.UTF_8));
	}

	public static Cursor decode(String token) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			return new Cursor(List.of(raw.split("\u001f", -1)));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("page.invalid_cursor", "cursor is not a value this server issued");
		}
	}

	public long longAt(int index) {
		try {
			return Long.parseLong(values.get(index));
		}
		catch (RuntimeException e) {
			throw DomainException.malformed("page.invalid_cursor", "cursor is not a value this server issued");
		}
	}
}
