package dev.meridian.channel.email;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.shared.DomainException;

/** What happens to the server's copy of a message once it is stored in Meridian. */
public enum AfterImport {
	MARK_SEEN, MOVE, DELETE;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static AfterImport parse(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
			case "mark-seen", "seen" -> MARK_SEEN;
			case "move" -> MOVE;
			case "delete" -> DELETE;
			default -> throw DomainException.malformed("mailbox.invalid_after_import",
					"afterImport must be one of mark-seen, move, delete");
		};
	}
}
