package dev.meridian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Brands;
import dev.meridian.identity.Teams;
import dev.meridian.identity.Role;
import dev.meridian.knowledge.ArticleQuery;
import dev.meridian.knowledge.ArticleView;
import dev.meridian.knowledge.Articles;
import dev.meridian.quality.Actor;
import dev.meridian.quality.ReviewStatus;
import dev.meridian.quality.ReviewView;
import dev.meridian.quality.Reviews;
import dev.meridian.quality.SamplingPlanKind;
import dev.meridian.quality.SamplingPlans;
import dev.meridian.routing.AssignmentMode;
import dev.meridian.routing.RoutingSettings;
import dev.meridian.routing.TeamRouting;
import dev.meridian.shared.PageRequest;
import dev.meridian.survey.Satisfaction;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketFilter;
import dev.meridian.ticket.TicketSort;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo as a new user gets it from the README's first command (with fewer tickets): brands, teams and agents,
 * routing switched on for the three teams, with the tickets still waiting already in a team's queue, and quality
 * re-reviews with an open dispute, and satisfaction ratings to sample from.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:demo-seed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"meridian.demo.enabled=true", "meridian.demo.tickets=60", "meridian.demo.customers=40" })
class DemoSeederIntegrationTests {

	@Autowired
	Brands brands;

	@Autowired
	Teams teams;

	@Autowired
	Agents agents;

	@Autowired
	RoutingSettings routing;

	@Autowired
	Tickets tickets;

	@Autowired
	Reviews reviews;

	@Autowired
	Surveys surveys;

	@Autowired
	SamplingPlans samplingPlans;

	@Autowired
	Articles articles;

	@Test
	void theDemoStartsWithRoutingOnAndEveryWaitingTicketInATeamsQueue() {
		assertThat(brands.all()).extracting(b -> b.name()).containsExactlyInAnyOrder("Lumen Home", "Kestrel Outdoor");
		assertThat(teams.all()).extracting(t -> t.name()).containsExactlyInAnyOrder("Shanghai", "Manila", "Lisbon");
		assertThat(routing.teams()).allMatch(TeamRouting::enabled).hasSize(3);
		assertThat(routing.teams()).filteredOn(t -> t.mode() == AssignmentMode.PULL).hasSize(1);

		var waiting = tickets.list(new TicketFilter(Set.of(TicketStatus.NEW, TicketStatus.OPEN), null, null, null, true,
				null, null, null, null, null), TicketSort.DUE, new PageRequest(PageRequest.MAX_LIMIT, null)).items();
		var active = tickets.list(TicketFilter.all().withStatuses(Set.of(TicketStatus.NEW, TicketStatus.OPEN)),
				TicketSort.DUE, new PageRequest(PageRequest.MAX_LIMIT, null)).items();
		assertThat(active).isNotEmpty();
		assertThat(waiting).extracting(TicketView::team).doesNotContainNull();
	}

	@Test
	void theQualityPagesStartWithSubmittedReviewsOneWaitingReviewAndAnOpenDispute() {
		AgentView lead = agents.all().stream().filter(a -> a.role() == Role.LEAD).findFirst().orElseThrow();
		AgentView reviewer = agents.all().stream().filter(a -> a.role() == Role.REVIEWER).findFirst().orElseThrow();
		Actor byLead = new Actor(lead.id(), lead.role());

		List<ReviewView> submitted = agents.all().stream()
			.filter(a -> a.role() == Role.AGENT || a.role() == Role.LEAD)
			.flatMap(a -> reviews.ofAgent(a.id(), byLead).stream())
			.toList();
		assertThat(submitted).hasSize(4).allMatch(r -> r.status() != ReviewStatus.ASSIGNED && r.score() != null);
		assertThat(reviews.toReview(new Actor(reviewer.id(), reviewer.role()))).hasSize(1);
		assertThat(reviews.openDisputes(byLead)).hasSize(1)
			.allSatisfy(d -> assertThat(agents.get(d.agent()).role()).isEqualTo(Role.AGENT));
	}

	@Test
	void customersHaveRatedSomeConversationsWellAndSomeBadlyAndAPlanSamplesTheLowRatings() {
		List<Satisfaction> answers = surveys.answers(Instant.now().minus(Duration.ofDays(1)), Instant.now().plusSeconds(1),
				null, null, new PageRequest(PageRequest.MAX_LIMIT, null)).items();
		assertThat(answers).anySatisfy(a -> assertThat(a.score()).isLessThanOrEqualTo(2))
			.anySatisfy(a -> assertThat(a.score()).isGreaterThanOrEqualTo(4))
			.anySatisfy(a -> assertThat(a.comment()).isNotBlank());
		assertThat(samplingPlans.all()).anySatisfy(p -> {
			assertThat(p.kind()).isEqualTo(SamplingPlanKind.LOW_CSAT);
			assertThat(p.reviewers()).hasSize(1);
		});
	}

	@Test
	void eachBrandHasPublishedArticlesInFourLanguagesAndCustomsDutiesFallsBackToEnglishForJapanese() {
		List<ArticleView> all = articles.list(ArticleQuery.all(), new PageRequest(PageRequest.MAX_LIMIT, null)).items();
		assertThat(all).hasSize(8);
		ArticleView shipping = all.stream().filter(a -> a.translations().containsKey("en")
				&& a.translations().get("en").title().equals("Shipping times")).findFirst().orElseThrow();
		assertThat(shipping.translations()).containsOnlyKeys("en", "de", "ja", "zh-CN");
		ArticleView customs = all.stream().filter(a -> a.category().equals("Customs")).findFirst().orElseThrow();
		var shown = Articles.shownIn(customs, "ja").orElseThrow();
		assertThat(shown.language()).isEqualTo("en");
		assertThat(shown.fallback()).isTrue();
	}
}
