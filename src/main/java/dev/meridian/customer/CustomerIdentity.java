package dev.meridian.customer;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.meridian.shared.DomainException;

/**
 * One way to reach a customer. Email addresses are compared case-insensitively; a marketplace buyer id is
 * written {@code marketplace:buyer}, e.g. {@code amazon-de:A2X9QH3KD1}.
 */
public record CustomerIdentity(IdentityKind kind, String value) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public CustomerIdentity {
		value = value.trim();
		if (kind == IdentityKind.EMAIL) {
			value = value.toLowerCase(Locale.ROOT);
			if (!EMAIL.matcher(value).matches() || value.length() > 320) {
				throw DomainException.ruleBroken("customer.invalid_email", "'" + value + "' is not an email address");
			}
		}
		if (value.isEmpty() || value.length() > 320) {
			throw DomainException.ruleBroken("customer.invalid_identity", "an identity needs a value of 1 to 320 characters");
		}
	}

	public static CustomerIdentity email(String address) {
		return new CustomerIdentity(IdentityKind.EMAIL, address);
	}
}
