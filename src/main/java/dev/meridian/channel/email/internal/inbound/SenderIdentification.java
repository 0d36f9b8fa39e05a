package dev.meridian.channel.email.internal.inbound;

import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerIdentity;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.customer.IdentityKind;
import dev.meridian.shared.DomainException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 6: finds or creates the customer who wrote. A marketplace relay address is the buyer's marketplace
 * identity ({@code amazon-de:<relay id>}), so later mails and the buyer's other channels find the same person;
 * any other sender is known by their email address.
 */
@Component
@Order(60)
class SenderIdentification implements InboundStep {

	static final String UNKNOWN = "unknown-sender@unknown.invalid";

	private final Customers customers;

	SenderIdentification(Customers customers) {
		this.customers = customers;
	}

	static String isoCountry(String marketplaceCountry) {
		return marketplaceCountry.equals("UK") ? "GB" : marketplaceCountry;
	}

	@Override
	public void apply(Inbound inbound) {
		ParsedMail mail = inbound.mail();
		var relay = MarketplaceRelays.recognize(mail.from(), mail.subject(), mail.text());
		if (relay.isPresent()) {
			inbound.relay = relay.get();
			inbound.senderAddress = mail.from().address();
			CustomerView buyer = customers.identify(new CustomerIdentity(IdentityKind.MARKETPLACE_BUYER,
					relay.get().key() + ":" + relay.get().buyerId()), relay.get().buyerName());
			inbound.customer = buyer.id();
			if (buyer.country() == null) {
				// the marketplace's country is the best guess of where the buyer lives until they say otherwise
				customers.update(buyer.id(), new CustomerDraft(null, null, null, null, isoCountry(relay.get().country()), null));
			}
			inbound.tags.add(relay.get().marketplace());
			inbound.tags.add(relay.get().key());
			if (relay.get().orderId() != null) {
				inbound.tags.add("order:" + relay.get().orderId());
			}
			return;
		}
		String address = mail.from() == null ? UNKNOWN : mail.from().address();
		String name = mail.from() == null ? null : mail.from().name();
		CustomerIdentity identity;
		try {
			identity = CustomerIdentity.email(address);
		}
		catch (DomainException e) {
			identity = CustomerIdentity.email(UNKNOWN);
			address = UNKNOWN;
		}
		inbound.senderAddress = address;
		inbound.customer = customers.identify(identity, name).id();
	}
}
