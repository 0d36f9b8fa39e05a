package dev.meridian.channel.email.internal.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.channel.email.internal.inbound.ParsedMail.Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarketplaceRelaysTests {

	@ParameterizedTest
	@CsvSource({ "marketplace.amazon.com,US", "marketplace.amazon.ca,CA", "marketplace.amazon.com.mx,MX",
			"marketplace.amazon.co.uk,UK", "marketplace.amazon.de,DE", "marketplace.amazon.fr,FR",
			"marketplace.amazon.it,IT", "marketplace.amazon.es,ES", "marketplace.amazon.nl,NL",
			"marketplace.amazon.se,SE", "marketplace.amazon.pl,PL", "marketplace.amazon.co.jp,JP",
			"marketplace.amazon.com.au,AU" })
	void recognisesAmazonRelayDomains(String domain, String country) {
		var relay = MarketplaceRelays.recognize(new Address("abc123@" + domain, "Erika - Amazon Marketplace"),
				"Order 123-1234567-1234567", "ASIN B012345678");
		assertThat(relay).hasValueSatisfying(r -> {
			assertThat(r.marketplace()).isEqualTo("amazon");
			assertThat(r.country()).isEqualTo(country);
			assertThat(r.buyerId()).isEqualTo("abc123");
			assertThat(r.buyerName()).isEqualTo("Erika");
			assertThat(r.orderId()).isEqualTo("123-1234567-1234567");
			assertThat(r.itemId()).isEqualTo("B012345678");
		});
	}

	@Test
	void recognisesEbayMemberMessages() {
		var relay = MarketplaceRelays.recognize(new Address("jane_x1@members.ebay.de", "jane"), "Frage zum Artikel",
				"Artikelnummer: 123456789012");
		assertThat(relay).hasValueSatisfying(r -> {
			assertThat(r.key()).isEqualTo("ebay-de");
			assertThat(r.itemId()).isEqualTo("123456789012");
		});
	}

	@Test
	void ordinaryMailIsNoRelay() {
		assertThat(MarketplaceRelays.recognize(new Address("a@amazon.de", null), "x", "123-1234567-1234567")).isEmpty();
	}
}
