package dev.meridian.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.BrandId;
import dev.meridian.sla.SlaConditions;
import dev.meridian.sla.SlaPolicyDraft;
import dev.meridian.sla.SlaTarget;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import org.junit.jupiter.api.Test;

class SlaPolicyMatchingTests {

	private static final Instant NOW = Instant.parse("2026-03-06T10:00:00Z");

	private final SlaPolicy amazon = policy("Amazon", new SlaConditions(Set.of(), Set.of(Channel.MARKETPLACE),
			Set.of("amazon"), Set.of(), Set.of()));
	private final SlaPolicy presale = policy("Pre-sale", new SlaConditions(Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of("presale")));
	private final SlaPolicy urgentOfBrandTwo = policy("Urgent, brand 2", new SlaConditions(Set.of(new BrandId(2)),
			Set.of(), Set.of(), Set.of(Priority.HIGH, Priority.URGENT), Set.of()));
	private final SlaPolicy fallback = policy("Default", SlaConditions.any());

	private final List<SlaPolicy> ordered = List.of(amazon, presale, urgentOfBrandTwo, fallback);

	@Test
	void anAmazonBuyerMessageGetsTheAmazonPolicy() {
		assertThat(SlaPolicy.firstMatching(ordered, ticket(1, Channel.MARKETPLACE, Priority.NORMAL, "amazon", "amazon-de")))
			.contains(amazon);
	}

	@Test
	void theFirstMatchingPolicyWinsOverLaterOnesThatAlsoMatch() {
		TicketView presaleOnAmazon = ticket(1, Channel.MARKETPLACE, Priority.NORMAL, "amazon", "presale");
		assertThat(SlaPolicy.firstMatching(ordered, presaleOnAmazon)).contains(amazon);
		assertThat(SlaPolicy.firstMatching(List.of(presale, amazon, fallback), presaleOnAmazon)).contains(presale);
	}

	@Test
	void aMarketplaceConditionNeedsTheMarketplaceChannel() {
		assertThat(SlaPolicy.firstMatching(ordered, ticket(1, Channel.EMAIL, Priority.NORMAL, "amazon")))
			.contains(fallback);
		assertThat(SlaPolicy.firstMatching(ordered, ticket(1, Channel.MARKETPLACE, Priority.NORMAL, "ebay")))
			.contains(fallback);
	}

	@Test
	void everyKindOfConditionMustMatchAndAnyValueOfAKindWill() {
		assertThat(SlaPolicy.firstMatching(ordered, ticket(2, Channel.EMAIL, Priority.URGENT))).contains(urgentOfBrandTwo);
		assertThat(SlaPolicy.firstMatching(ordered, ticket(2, Channel.EMAIL, Priority.HIGH))).contains(urgentOfBrandTwo);
		assertThat(SlaPolicy.firstMatching(ordered, ticket(2, Channel.EMAIL, Priority.NORMAL))).contains(fallback);
		assertThat(SlaPolicy.firstMatching(ordered, ticket(3, Channel.EMAIL, Priority.URGENT))).contains(fallback);
	}

	@Test
	void aTagConditionMatchesAnyOfTheTicketsTags() {
		assertThat(SlaPolicy.firstMatching(ordered, ticket(1, Channel.CHAT, Priority.LOW, "vip", "presale")))
			.contains(presale);
	}

	@Test
	void aDisabledPolicyIsSkipped() {
		SlaPolicy off = new SlaPolicy(new SlaPolicyDraft("Off", false, SlaConditions.any(), null, 75,
				new SlaTarget(5, false), null, null), 0, NOW);
		assertThat(SlaPolicy.firstMatching(List.of(off, fallback), ticket(1, Channel.EMAIL, Priority.NORMAL)))
			.contains(fallback);
		assertThat(SlaPolicy.firstMatching(List.of(off), ticket(1, Channel.EMAIL, Priority.NORMAL))).isEmpty();
	}

	private static SlaPolicy policy(String name, SlaConditions conditions) {
		return new SlaPolicy(new SlaPolicyDraft(name, true, conditions, null, 75, new SlaTarget(60, true), null,
				null), 0, NOW);
	}

	private static TicketView ticket(long brand, Channel channel, Priority priority, String... tags) {
		return new TicketView(new TicketId(7), 1007, "Question", TicketStatus.NEW, priority, new BrandId(brand), channel,
				new CustomerId(5), null, null, List.of(tags), null, false, null, null, null, NOW, NOW, null, null, null,
				null);
	}
}
