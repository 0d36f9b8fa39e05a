package dev.meridian.customer.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.meridian.customer.CustomerId;
import dev.meridian.customer.CustomerIdentity;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.IdentityKind;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "customer")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private @Nullable String email;

	private @Nullable String language;

	private @Nullable String timeZone;

	private @Nullable String country;

	@OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<CustomerIdentityRow> identities = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected Customer() {
	}

	public Customer(String name, Instant now) {
		rename(name);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void rename(String name) {
		String trimmed = name.trim();
		if (trimmed.length() > 200) {
			throw DomainException.ruleBroken("customer.invalid_name", "a name has at most 200 characters");
		}
		this.name = trimmed;
	}

	/** Adds an identity; the first email becomes the primary address. */
	public void addIdentity(CustomerIdentity identity) {
		boolean known = identities.stream().anyMatch(i -> i.matches(identity));
		if (!known) {
			identities.add(new CustomerIdentityRow(this, identity));
		}
		if (identity.kind() == IdentityKind.EMAIL && email == null) {
			email = identity.value();
		}
		if (name.isEmpty()) {
			name = identity.kind() == IdentityKind.EMAIL ? identity.value().substring(0, identity.value().indexOf('@'))
					: identity.value();
		}
	}

	public void makePrimaryEmail(CustomerIdentity address) {
		addIdentity(address);
		this.email = address.value();
	}

	/** Sets the customer's language; answers whether it changed. */
	public boolean speak(@Nullable String languageTag) {
		String before = language;
		this.language = languageTag == null || languageTag.isBlank() ? null : LanguageTag.normalize(languageTag);
		return !Objects.equals(before, language);
	}

	public void liveIn(@Nullable String zone, @Nullable String country) {
		if (zone != null) {
			try {
				this.timeZone = zone.isBlank() ? null : ZoneId.of(zone.trim()).getId();
			}
			catch (DateTimeException e) {
				throw DomainException.ruleBroken("time_zone.invalid", "'" + zone + "' is not a time zone");
			}
		}
		if (country != null) {
			String code = country.trim().toUpperCase(Locale.ROOT);
			if (!code.isEmpty() && !code.matches("[A-Z]{2}")) {
				throw DomainException.ruleBroken("customer.invalid_country", "country must be a two-letter ISO code");
			}
			this.country = code.isEmpty() ? null : code;
		}
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public CustomerView view() {
		return new CustomerView(new CustomerId(id), name, email, language, timeZone, country,
				identities.stream().map(CustomerIdentityRow::identity)
					.sorted(Comparator.comparing(CustomerIdentity::kind).thenComparing(CustomerIdentity::value))
					.toList(),
				createdAt, updatedAt);
	}
}
