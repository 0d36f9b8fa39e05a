package dev.meridian.customer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.customer.internal.Customer;
import dev.meridian.customer.internal.CustomerRepository;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.Cursor;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds customers by any of their identities, creates them on first contact, and keeps their profile. */
@Service
@Transactional
public class Customers {

	private final CustomerRepository customers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Customers(CustomerRepository customers, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	/** The customer known by this identity, or a new one with that identity and name. */
	public CustomerView identify(CustomerIdentity identity, @Nullable String name) {
		return customers.findByIdentity(identity.kind(), identity.value()).map(Customer::view).orElseGet(() -> {
			Customer customer = new Customer(name == null ? "" : name, clock.instant());
			customer.addIdentity(identity);
			CustomerView view = customers.saveAndFlush(customer).view();
			events.publishEvent(new AuditableChange("customer", view.id().toString(), "created",
					Map.of(identity.kind().key(), identity.value())));
			return view;
		});
	}

	@Transactional(readOnly = true)
	public CustomerView get(CustomerId id) {
		return find(id).view();
	}

	@Transactional(readOnly = true)
	public Map<CustomerId, CustomerView> getAll(java.util.Collection<CustomerId> ids) {
		Map<CustomerId, CustomerView> found = new java.util.HashMap<>();
		customers.findAllById(ids.stream().map(CustomerId::value).distinct().toList())
			.forEach(c -> found.put(c.view().id(), c.view()));
		return found;
	}

	@Transactional(readOnly = true)
	public boolean exists(CustomerId id) {
		return customers.existsById(id.value());
	}

	@Transactional(readOnly = true)
	public Slice<CustomerView> list(@Nullable String query, PageRequest page) {
		long before = page.cursor() == null ? Long.MAX_VALUE : Cursor.decode(page.cursor()).longAt(0);
		String like = query == null || query.isBlank() ? "%"
				: "%" + query.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<CustomerView> rows = customers.page(before, like, Limit.of(page.limit() + 1)).stream()
			.map(Customer::view).toList();
		if (rows.size() <= page.limit()) {
			return new Slice<>(rows, null);
		}
		List<CustomerView> items = rows.subList(0, page.limit());
		return new Slice<>(items, new Cursor(List.of(items.get(items.size() - 1).id().toString())).encode());
	}

	public CustomerView create(CustomerDraft draft) {
		if (draft.email() == null && (draft.identities() == null || draft.identities().isEmpty())) {
			throw DomainException.malformed("customer.identity_required",
					"a customer needs an email or at least one identity");
		}
		List<CustomerIdentity> identities = identities(draft);
		for (CustomerIdentity identity : identities) {
			customers.findByIdentity(identity.kind(), identity.value()).ifPresent(existing -> {
				throw DomainException.conflict("customer.identity_taken",
						"customer " + existing.view().id() + " already has " + identity.kind().key() + " " + identity.value());
			});
		}
		Customer customer = new Customer(draft.name() == null ? "" : draft.name(), clock.instant());
		identities.forEach(customer::addIdentity);
		apply(customer, draft);
		CustomerView view = customers.saveAndFlush(customer).view();
		events.publishEvent(new AuditableChange("customer", view.id().toString(), "created", describe(draft)));
		return view;
	}

	public CustomerView update(CustomerId id, CustomerDraft draft) {
		Customer customer = find(id);
		for (CustomerIdentity identity : identities(draft)) {
			customers.findByIdentity(identity.kind(), identity.value())
				.filter(other -> !other.view().id().equals(id))
				.ifPresent(other -> {
					throw DomainException.conflict("customer.identity_taken",
							"customer " + other.view().id() + " already has " + identity.kind().key() + " " + identity.value());
				});
			customer.addIdentity(identity);
		}
		if (draft.email() != null) {
			customer.makePrimaryEmail(CustomerIdentity.email(draft.email()));
		}
		if (draft.name() != null) {
			customer.rename(draft.name());
		}
		apply(customer, draft);
		customer.touch(clock.instant());
		events.publishEvent(new AuditableChange("customer", id.toString(), "updated", describe(draft)));
		return customers.saveAndFlush(customer).view();
	}

	/** Sets the customer's language when a satellite (language detection) learns it. */
	public void setLanguage(CustomerId id, String languageTag) {
		Customer customer = find(id);
		// Detection confirms the language a customer already has on most messages: no write for that.
		if (customer.speak(languageTag)) {
			customer.touch(clock.instant());
		}
	}

	private static List<CustomerIdentity> identities(CustomerDraft draft) {
		List<CustomerIdentity> identities = new java.util.ArrayList<>();
		if (draft.email() != null) {
			identities.add(CustomerIdentity.email(draft.email()));
		}
		if (draft.identities() != null) {
			for (CustomerDraft.IdentityDraft i : draft.identities()) {
				if (i.kind() == null || i.value() == null) {
					throw DomainException.malformed("customer.identity_incomplete", "an identity needs a kind and a value");
				}
				identities.add(new CustomerIdentity(IdentityKind.parse(i.kind()), i.value()));
			}
		}
		return identities;
	}

	private static void apply(Customer customer, CustomerDraft draft) {
		if (draft.language() != null) {
			customer.speak(draft.language());
		}
		customer.liveIn(draft.timeZone(), draft.country());
	}

	private static Map<String, String> describe(CustomerDraft draft) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (draft.name() != null) {
			changes.put("name", draft.name());
		}
		if (draft.email() != null) {
			changes.put("email", draft.email());
		}
		if (draft.language() != null) {
			changes.put("language", draft.language());
		}
		if (draft.timeZone() != null) {
			changes.put("timeZone", draft.timeZone());
		}
		if (draft.country() != null) {
			changes.put("country", draft.country());
		}
		if (draft.identities() != null) {
			changes.put("identities", String.join(",", draft.identities().stream().map(i -> i.kind() + ":" + i.value()).toList()));
		}
		return changes;
	}

	private Customer find(CustomerId id) {
		return customers.findById(id.value()).orElseThrow(() -> DomainException.notFound("customer", id));
	}
}
