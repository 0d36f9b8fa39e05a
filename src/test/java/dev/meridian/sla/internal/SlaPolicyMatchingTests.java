package dev.meridian.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.BrandId;
import dev.meridian.sla.SlaConditions;
import dev.meridian.sla.SlaPolicyId;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.sla.SlaTarget;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import org.junit.jupiter.api.Test;

class SlaPolicyMatchingTests {

	private static final Instant NOW = Instant.parse("2026-03-06T10:00:00Z");

	private final SlaPolicyView amazon = policy("Amazon", new SlaConditions(Set.of(), Set.of(Channel.MARKETPLACE),
			Set.of("amazon"), Set.of(), Set.of()));
	private final SlaPolicyView presale = policy("Pre-sale", new SlaConditions(Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of("presale")));
	private final SlaPolicyView urgentOfBrandTwo = policy("Urgent, brand 2", new SlaConditions(Set.of(new BrandId(2)),
			Set.of(), Set.of(), Set.of(Priority.HIGH, Priority.URGENT), Set.of()));
	private final SlaPolicyView fallback = policy("Default", SlaConditions.any());

	private final List<SlaPolicyView> ordered = List.of(amazon, presale, urgentOfBrandTwo, fallback);

	@Test
	void anAmazonBuyerMessageGetsTheAmazonPolicy() {
		assertThat(firstMatching(ordered, ticket(1, Channel.MARKETPLACE, Priority.NORMAL, "amazon", "amazon-de")))
			.contains(amazon);
	}

	@Test
	void theFirstMatchingPolicyWinsOverLaterOnesThatAlsoMatch() {
		TicketView presaleOnAmazon = ticket(1, Channel.MARKETPLACE, Priority.NORMAL, "amazon", "presale");
		assertThat(firstMatching(ordered, presaleOnAmazon)).contains(amazon);
		assertThat(firstMatching(List.of(presale, amazon, fallback), presaleOnAmazon)).contains(presale);
	}

	@Test
	void aMarketplaceConditionNeedsTheMarketplaceChannel() {
		assertThat(firstMatching(ordered, ticket(1, Channel.EMAIL, Priority.NORMAL, "amazon")))
			.contains(fallback);
		assertThat(firstMatching(ordered, ticket(1, Channel.MARKETPLACE, Priority.NORMAL, "ebay")))
			.contains(fallback);
	}

	@Test
	void everyKindOfConditionMustMatchAndAnyValueOfAKindWill() {
		assertThat(firstMatching(ordered, ticket(2, Channel.EMAIL, Priority.URGENT))).contains(urgentOfBrandTwo);
		assertThat(firstMatching(ordered, ticket(2, Channel.EMAIL, Priority.HIGH))).contains(urgentOfBrandTwo);
		assertThat(firstMatching(ordered, ticket(2, Channel.EMAIL, Priority.NORMAL))).contains(fallback);
		assertThat(firstMatching(ordered, ticket(3, Channel.EMAIL, Priority.URGENT))).contains(fallback);
	}

	@Test
	void aTagConditionMatchesAnyOfTheTicketsTags() {
		assertThat(firstMatching(ordered, ticket(1, Channel.CHAT, Priority.LOW, "vip", "presale")))
			.contains(presale);
	}

	@Test
	void aDisabledPolicyIsSkipped() {
		SlaPolicyView off = new SlaPolicyView(new SlaPolicyId(9), "Off", 0, false, SlaConditions.any(), null, 75,
				new SlaTarget(5, false), null, null, NOW, NOW);
		assertThat(firstMatching(List.of(off, fallback), ticket(1, Channel.EMAIL, Priority.NORMAL)))
			.contains(fallback);
		assertThat(firstMatching(List.of(off), ticket(1, Channel.EMAIL, Priority.NORMAL))).isEmpty();
	}

	private static Optional<SlaPolicyView> firstMatching(List<SlaPolicyView> ordered, TicketView ticket) {
		return new SlaConfiguration.Snapshot(ordered, Map.of(), Map.of(), null).policyFor(ticket);
	}

	private static SlaPolicyView policy(String name, SlaConditions conditions) {
		return new SlaPolicyView(new SlaPolicyId(name.hashCode()), name, 0, true, conditions, null, 75,
				new SlaTarget(60, true), null, null, NOW, NOW);
	}

	private static TicketView ticket(long brand, Channel channel, Priority priority, String... tags) {
		return new TicketView(new TicketId(7), 1007, "Question", TicketStatus.NEW, priority, new BrandId(brand), channel,
				new CustomerId(5), null, null, List.of(tags), null, false, null, null, null, NOW, NOW, null, null, null,
				null);
	}
}
