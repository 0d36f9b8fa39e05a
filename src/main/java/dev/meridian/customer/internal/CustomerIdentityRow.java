package dev.meridian.customer.internal;

import dev.meridian.customer.CustomerIdentity;
import dev.meridian.customer.IdentityKind;
import jakarta.persistence.*;

@Entity
@Table(name = "customer_identity")
class CustomerIdentityRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Customer customer;

	@Enumerated(EnumType.STRING)
	private IdentityKind kind;

	@Column(name = "identity_value")
	private String value;

	protected CustomerIdentityRow() {
	}

	CustomerIdentityRow(Customer customer, CustomerIdentity identity) {
		this.customer = customer;
		this.kind = identity.kind();
		this.value = identity.value();
	}

	boolean matches(CustomerIdentity identity) {
		return kind == identity.kind() && value.equals(identity.value());
	}

	CustomerIdentity identity() {
		return new CustomerIdentity(kind, value);
	}
}
