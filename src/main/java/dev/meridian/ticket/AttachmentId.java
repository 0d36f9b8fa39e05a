package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record AttachmentId(long value) {

	public static AttachmentId parse(String text) {
		return new AttachmentId(Ids.parse("attachment", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
