package dev.meridian.channel.email.internal.inbound;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.channel.email.internal.inbound.Inbound.Relay;
import dev.meridian.channel.email.internal.inbound.ParsedMail.Address;
import org.jspecify.annotations.Nullable;

/**
 * Recognises buyer messages relayed by Amazon Buyer-Seller Messaging and eBay: the relay domain gives the
 * marketplace and country, the relay address the buyer, and the text the order (Amazon's 3-7-7 pattern), ASIN or
 * eBay item number.
 */
public final class MarketplaceRelays {

	private static final Map<String, String> AMAZON = Map.ofEntries(Map.entry("marketplace.amazon.com", "US"),
			Map.entry("marketplace.amazon.ca", "CA"), Map.entry("marketplace.amazon.com.mx", "MX"),
			Map.entry("marketplace.amazon.com.br", "BR"), Map.entry("marketplace.amazon.co.uk", "UK"),
			Map.entry("marketplace.amazon.de", "DE"), Map.entry("marketplace.amazon.fr", "FR"),
			Map.entry("marketplace.amazon.it", "IT"), Map.entry("marketplace.amazon.es", "ES"),
			Map.entry("marketplace.amazon.nl", "NL"), Map.entry("marketplace.amazon.se", "SE"),
			Map.entry("marketplace.amazon.pl", "PL"), Map.entry("marketplace.amazon.com.be", "BE"),
			Map.entry("marketplace.amazon.ie", "IE"), Map.entry("marketplace.amazon.com.tr", "TR"),
			Map.entry("marketplace.amazon.ae", "AE"), Map.entry("marketplace.amazon.sa", "SA"),
			Map.entry("marketplace.amazon.eg", "EG"), Map.entry("marketplace.amazon.in", "IN"),
			Map.entry("marketplace.amazon.co.jp", "JP"), Map.entry("marketplace.amazon.com.au", "AU"),
			Map.entry("marketplace.amazon.sg", "SG"));

	private static final Map<String, String> EBAY = Map.ofEntries(Map.entry("members.ebay.com", "US"),
			Map.entry("members.ebay.co.uk", "UK"), Map.entry("members.ebay.de", "DE"),
			Map.entry("members.ebay.fr", "FR"), Map.entry("members.ebay.it", "IT"), Map.entry("members.ebay.es", "ES"),
			Map.entry("members.ebay.com.au", "AU"), Map.entry("members.ebay.ca", "CA"),
			Map.entry("members.ebay.at", "AT"), Map.entry("members.ebay.ch", "CH"), Map.entry("members.ebay.nl", "NL"),
			Map.entry("members.ebay.pl", "PL"), Map.entry("members.ebay.ie", "IE"), Map.entry("members.ebay.be", "BE"));

	private static final Pattern AMAZON_ORDER = Pattern.compile("(?<!\\d)(\\d{3}-\\d{7}-\\d{7})(?!\\d)");
	private static final Pattern ASIN = Pattern.compile("\\b(B0[0-9A-Z]{8})\\b");
	private static final Pattern EBAY_ITEM = Pattern.compile(
			"(?i)(?:item|artikel(?:nummer)?|objet|oggetto|art[ií]culo|numéro de l'objet)\\s*(?:#|no\\.?|number|nr\\.?|n°|numero|número)?\\s*[:#]?\\s*(\\d{12})\\b");
	private static final Pattern RELAY_SUFFIX = Pattern.compile(
			"\\s*(?:-|–|via)\\s*(?:amazon(?:\\.\\S+)?\\s*)?(?:marketplace|ebay)\\s*$", Pattern.CASE_INSENSITIVE);

	private MarketplaceRelays() {
	}

	public static Optional<Relay> recognize(@Nullable Address from, String subject, @Nullable String text) {
		if (from == null) {
			return Optional.empty();
		}
		String haystack = subject + "\n" + (text == null ? "" : text);
		String country = AMAZON.get(from.domain());
		if (country != null) {
			return Optional.of(new Relay("amazon", country, from.localPart(), buyerName(from.name()),
					first(AMAZON_ORDER, haystack), first(ASIN, haystack)));
		}
		country = EBAY.get(from.domain());
		if (country != null) {
			return Optional.of(new Relay("ebay", country, from.localPart(), buyerName(from.name()), null,
					first(EBAY_ITEM, haystack)));
		}
		return Optional.empty();
	}

	private static @Nullable String buyerName(@Nullable String name) {
		if (name == null) {
			return null;
		}
		String stripped = RELAY_SUFFIX.matcher(name).replaceAll("").strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static @Nullable String first(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? m.group(1) : null;
	}
}
