package dev.meridian.channel.email;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record MailboxId(long value) {

	public static MailboxId parse(String text) {
		return new MailboxId(Ids.parse("mailbox", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
