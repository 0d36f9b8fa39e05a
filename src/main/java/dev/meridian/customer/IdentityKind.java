package dev.meridian.customer;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.shared.DomainException;

/** How a channel knows a customer. */
public enum IdentityKind {
	EMAIL, MARKETPLACE_BUYER, CHAT_VISITOR;

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static IdentityKind parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("customer.invalid_identity_kind",
					"identity kind must be one of email, marketplace_buyer, chat_visitor");
		}
	}
}
