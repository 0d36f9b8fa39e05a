package dev.meridian.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.*;

import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.*;
import dev.meridian.quality.Actor;
import dev.meridian.quality.BusinessType;
import dev.meridian.quality.InspectionView;
import dev.meridian.quality.Inspections;
import dev.meridian.quality.ItemScore;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ReviewSubmission;
import dev.meridian.quality.ReviewView;
import dev.meridian.quality.Reviews;
import dev.meridian.quality.SamplingPlanDraft;
import dev.meridian.quality.SamplingPlanKind;
import dev.meridian.quality.SamplingPlans;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionView;
import dev.meridian.quality.Scorecards;
import dev.meridian.routing.AssignmentMode;
import dev.meridian.routing.AssignmentStrategy;
import dev.meridian.routing.Routing;
import dev.meridian.routing.RoutingSettings;
import dev.meridian.routing.TeamRoutingDraft;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.survey.SurveyInvitation;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds the demo once, on a database without brands. Each conversation is replayed through the same front
 * doors the channels and agents use, with its original times, so the demo exercises the real rules.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private record DemoAgent(String name, String email, Role role, String team, List<String> languages,
			List<String> skills, int tier, String zone, String locale) {
	}

	private static final List<DemoAgent> AGENTS = List.of(
			new DemoAgent("Li Wei", "li.wei@demo.meridian.dev", Role.LEAD, "Shanghai", List.of("zh-CN", "zh-TW", "en"),
					List.of("amazon", "refunds", "escalations"), 3, "Asia/Shanghai", "zh-CN"),
			new DemoAgent("Zhang Min", "zhang.min@demo.meridian.dev", Role.AGENT, "Shanghai",
					List.of("zh-CN", "zh-TW", "ja", "en"), List.of("presale", "invoices"), 1, "Asia/Shanghai", "zh-CN"),
			new DemoAgent("Maria Santos", "maria.santos@demo.meridian.dev", Role.AGENT, "Manila", List.of("en", "es"),
					List.of("shipping", "refunds"), 1, "Asia/Manila", "en"),
			new DemoAgent("Jose Reyes", "jose.reyes@demo.meridian.dev", Role.AGENT, "Manila", List.of("en", "es"),
					List.of("amazon", "claims"), 2, "Asia/Manila", "en"),
			new DemoAgent("Yuki Tanaka", "yuki.tanaka@demo.meridian.dev", Role.AGENT, "Manila", List.of("ja", "en"),
					List.of("amazon", "shipping"), 1, "Asia/Manila", "en"),
			new DemoAgent("Ana Costa", "ana.costa@demo.meridian.dev", Role.AGENT, "Lisbon",
					List.of("pt", "en", "es", "fr"), List.of("returns", "warranty"), 1, "Europe/Lisbon", "en"),
			new DemoAgent("Lukas Becker", "lukas.becker@demo.meridian.dev", Role.AGENT, "Lisbon",
					List.of("de", "en", "fr"), List.of("invoices", "warranty", "amazon"), 2, "Europe/Lisbon", "en"),
			new DemoAgent("Sofia Ribeiro", "sofia.ribeiro@demo.meridian.dev", Role.REVIEWER, "Lisbon",
					List.of("pt", "en", "es"), List.of("quality"), 3, "Europe/Lisbon", "en"));

	private static final Map<String, String> TLD = Map.of("US", "com", "GB", "co.uk", "CA", "ca", "AU", "com.au",
			"DE", "de", "AT", "at", "CH", "ch", "JP", "jp", "CN", "cn", "TW", "tw");

	private static final Map<String, String> AMAZON_BY_LANGUAGE = Map.of("en", "amazon-us", "de", "amazon-de", "ja",
			"amazon-jp", "es", "amazon-us", "fr", "amazon-de", "zh-CN", "amazon-us", "zh-TW", "amazon-jp");

	/** Submitted re-reviews in the demo; one more waits for the reviewer. */
	private static final int DEMO_REVIEWS = 4;

	private static final String DEMO_NOTE = "The second reply repeats the first; answer the new question directly.";

	private static final List<String> DEMO_COMMENTS = List.of(
			"Friendly and correct. Next time confirm the order number before promising a date.",
			"Clear steps and a good closing; the customer had nothing left to ask.",
			"Right answer, but quote the policy rather than paraphrasing it.",
			"Well handled from greeting to closing.");

	private static final String DEMO_DISPUTE = "The customer asked the same thing again in other words, so I repeated "
			+ "the answer on purpose; they thanked me afterwards.";

	/**
	 * What demo customers write with a rating, good (4 or 5) and bad (1 or 2), in the languages of the demo
	 * conversations; a rating without a comment is as common.
	 */
	private static final Map<String, List<String>> RATING_COMMENTS = Map.of(
			"en", List.of("Quick and friendly, thank you!", "I had to explain the problem three times."),
			"de", List.of("Schnelle und freundliche Hilfe, danke!", "Ich musste das Problem dreimal erklären."),
			"es", List.of("Rápido y amable, ¡gracias!", "Tuve que explicar el problema tres veces."),
			"fr", List.of("Rapide et aimable, merci !", "J’ai dû expliquer le problème trois fois."),
			"ja", List.of("迅速で丁寧な対応でした。ありがとうございます。", "同じ説明を三回もする必要がありました。"),
			"zh-CN", List.of("回复很快，态度很好，谢谢！", "同一个问题我解释了三遍。"),
			"zh-TW", List.of("回覆很快，態度很好，謝謝！", "同一個問題我解釋了三遍。"));

	private final DemoSettings settings;
	private final Brands brands;
	private final Teams teams;
	private final Agents agents;
	private final Customers customers;
	private final Tickets tickets;
	private final RoutingSettings routingSettings;
	private final Routing routing;
	private final Inspections inspections;
	private final Reviews reviews;
	private final Scorecards scorecards;
	private final Surveys surveys;
	private final SamplingPlans samplingPlans;
	private final DemoArticles demoArticles;
	private final ObjectMapper json;
	private final Clock clock;

	DemoSeeder(DemoSettings settings, Brands brands, Teams teams, Agents agents, Customers customers, Tickets tickets,
			RoutingSettings routingSettings, Routing routing, Inspections inspections, Reviews reviews,
			Scorecards scorecards, Surveys surveys, SamplingPlans samplingPlans, DemoArticles demoArticles,
			ObjectMapper json, Clock clock) {
		this.settings = settings;
		this.brands = brands;
		this.teams = teams;
		this.agents = agents;
		this.customers = customers;
		this.tickets = tickets;
		this.routingSettings = routingSettings;
		this.routing = routing;
		this.inspections = inspections;
		this.reviews = reviews;
		this.scorecards = scorecards;
		this.surveys = surveys;
		this.samplingPlans = samplingPlans;
		this.demoArticles = demoArticles;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled() || !brands.all().isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		DemoContent content = DemoContent.load(json);
		Random random = new Random(settings.seed());
		BrandView amazonBrand = brands.create(new BrandDraft("Lumen Home", "https://lumen-home.example",
				List.of("amazon-us", "amazon-de", "amazon-jp")));
		BrandView shopBrand = brands.create(new BrandDraft("Kestrel Outdoor", "https://shop.kestrel-outdoor.example",
				List.of()));
		Map<String, TeamView> teamsByName = new HashMap<>();
		for (String[] team : new String[][] { { "Shanghai", "Asia/Shanghai" }, { "Manila", "Asia/Manila" },
				{ "Lisbon", "Europe/Lisbon" } }) {
			teamsByName.put(team[0], teams.create(new TeamDraft(team[0], team[1])));
		}
		List<AgentView> staff = new ArrayList<>();
		for (DemoAgent a : AGENTS) {
			staff.add(agents.create(new AgentDraft(a.name(), a.email(), settings.agentPassword(), a.role().key(),
					List.of(teamsByName.get(a.team()).id().toString()), a.languages(), a.skills(), a.tier(), a.zone(),
					a.locale(), a.role() == Role.REVIEWER ? 0 : 8, random.nextInt(3) == 0 ? "away" : "online", true)));
		}
		Map<String, List<CustomerView>> customersByLanguage = createCustomers(content, random);
		Instant now = clock.instant();
		int created = 0;
		List<DemoContent.Conversation> conversations = content.conversations();
		List<Instant> starts = new ArrayList<>();
		for (int i = 0; i < settings.tickets(); i++) {
			starts.add(now.minus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 45))));
		}
		Collections.sort(starts);
		for (Instant start : starts) {
			DemoContent.Conversation conversation = conversations.get(random.nextInt(conversations.size()));
			List<CustomerView> speakers = customersByLanguage.get(conversation.language());
			CustomerView customer = speakers.get(random.nextInt(speakers.size()));
			BrandView brand = Boolean.TRUE.equals(conversation.marketplace()) ? amazonBrand
					: Boolean.FALSE.equals(conversation.marketplace()) ? shopBrand
							: random.nextBoolean() ? amazonBrand : shopBrand;
			replay(conversation, brand, customer, staff, content, random, start, now);
			created++;
		}
		int routed = startRouting(List.of(amazonBrand.id(), shopBrand.id()), teamsByName);
		int reviewed = reviewSome(staff);
		int rated = rateSome(staff, random);
		int articles = demoArticles.seed(List.of(amazonBrand.id(), shopBrand.id()), staff.get(0).id());
		log.info("Seeded the demo: 2 brands, 3 teams, {} agents, {} customers, {} tickets ({} waiting ones routed, {} "
				+ "re-reviewed, {} rated by the customer), {} knowledge articles in {} ms (agents sign in with the demo "
				+ "password from meridian.demo.agent-password)",
				staff.size(), customersByLanguage.values().stream().mapToInt(List::size).sum(), created, routed, reviewed, rated,
				articles, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Switches routing on once the history is in (so the replay keeps its own assignments): Shanghai and Lisbon
	 * assign agents themselves, Manila works from the pull queue. The tickets still waiting are then routed, as they
	 * would have been had routing been on all along.
	 */
	private int startRouting(List<BrandId> brandIds, Map<String, TeamView> teamsByName) {
		routingSettings.updateTeam(teamsByName.get("Shanghai").id(), new TeamRoutingDraft(true, AssignmentMode.PUSH,
				AssignmentStrategy.LEAST_LOADED, brandIds, List.of(), 2, false));
		routingSettings.updateTeam(teamsByName.get("Manila").id(), new TeamRoutingDraft(true, AssignmentMode.PULL,
				AssignmentStrategy.ROUND_ROBIN, brandIds, List.of(), 2, false));
		routingSettings.updateTeam(teamsByName.get("Lisbon").id(), new TeamRoutingDraft(true, AssignmentMode.PUSH,
				AssignmentStrategy.ROUND_ROBIN, brandIds, List.of(), 2, false));
		TicketFilter waiting = new TicketFilter(Set.of(TicketStatus.NEW, TicketStatus.OPEN), null, null, null, true, null,
				null, null, null, null);
		List<TicketId> ids = new ArrayList<>();
		String cursor = null;
		do {
			Slice<TicketView> page = tickets.list(waiting, TicketSort.DUE, new PageRequest(PageRequest.MAX_LIMIT, cursor));
			page.items().forEach(t -> ids.add(t.id()));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		ids.forEach(routing::route);
		return ids.size();
	}

	/**
	 * Re-reviews (复检) a few of the oldest solved conversations, so that the quality pages have something to show: the
	 * reviewer scores them from the automatic result, taking a few points off one item now and then, until an agent
	 * (not the lead, who could not decide it) so marked down disputes it: an open dispute for the lead. One more review
	 * waits for the reviewer.
	 * Inspection runs after each solve commits, so only conversations already inspected are taken, waiting at most a
	 * few seconds for them rather than racing the inspection.
	 */
	private int reviewSome(List<AgentView> staff) {
		AgentView lead = staff.stream().filter(a -> a.role() == Role.LEAD).findFirst().orElseThrow();
		AgentView reviewer = staff.stream().filter(a -> a.role() == Role.REVIEWER).findFirst().orElseThrow();
		Actor byLead = new Actor(lead.id(), lead.role());
		Actor byReviewer = new Actor(reviewer.id(), reviewer.role());
		List<InspectionView> inspected = inspected(DEMO_REVIEWS + 1);
		boolean disputed = false;
		int submitted = 0;
		for (InspectionView inspection : inspected) {
			ReviewView review = reviews.assign(inspection.ticket(), reviewer.id(), byLead);
			if (submitted == DEMO_REVIEWS) {
				break;
			}
			ScorecardVersionView version = scorecards.version(review.scorecardVersion());
			boolean markDown = submitted % 2 == 0 || !disputed;
			List<ItemScore> scores = new ArrayList<>();
			String markedDown = null;
			for (ScorecardItem item : version.items()) {
				boolean hit = inspection.hits().stream().anyMatch(h -> h.item().equals(item.key()));
				if (item.type() == ItemType.RED_LINE) {
					scores.add(new ItemScore(item.key(), 0, hit, null));
				}
				else if (markDown && markedDown == null && !hit && item.type() == ItemType.SCALE) {
					markedDown = item.key();
					scores.add(new ItemScore(item.key(), item.points() * 2 / 3, false, DEMO_NOTE));
				}
				else {
					scores.add(new ItemScore(item.key(), hit ? 0 : item.points(), false, null));
				}
			}
			TicketView ticket = tickets.get(inspection.ticket());
			Set<BusinessType> types = EnumSet.noneOf(BusinessType.class);
			Arrays.stream(BusinessType.values()).filter(b -> ticket.tags().contains(b.key())).forEach(types::add);
			reviews.submit(review.id(), new ReviewSubmission(scores, DEMO_COMMENTS.get(submitted % DEMO_COMMENTS.size()),
					types.isEmpty() ? Set.of(BusinessType.OTHER) : types), byReviewer);
			submitted++;
			AgentView agent = agents.get(inspection.agent());
			if (!disputed && markedDown != null && agent.role() == Role.AGENT) {
				reviews.dispute(review.id(), markedDown, DEMO_DISPUTE, new Actor(agent.id(), agent.role()));
				disputed = true;
			}
		}
		return submitted;
	}

	/**
	 * Customers rate about half of the solved conversations through the survey, mostly well and now and then badly,
	 * some with a comment in their language; the reviewer gets a plan that samples the low ratings each night.
	 */
	private int rateSome(List<AgentView> staff, Random random) {
		AgentView reviewer = staff.stream().filter(a -> a.role() == Role.REVIEWER).findFirst().orElseThrow();
		samplingPlans.create(new SamplingPlanDraft("Every low satisfaction rating", SamplingPlanKind.LOW_CSAT, 100, null,
				SamplingPlanDraft.DEFAULT_MAX_SCORE, true, List.of(reviewer.id())));
		List<TicketView> solved = tickets.list(TicketFilter.all().withStatuses(Set.of(TicketStatus.SOLVED,
				TicketStatus.CLOSED)), TicketSort.OLDEST, new PageRequest(PageRequest.MAX_LIMIT, null)).items();
		int rated = 0;
		for (TicketView ticket : solved) {
			if (random.nextBoolean()) {
				continue;
			}
			int roll = random.nextInt(10);
			int score = roll < 5 ? 5 : roll < 7 ? 4 : roll == 7 ? 3 : roll == 8 ? 2 : 1;
			List<String> comments = RATING_COMMENTS.getOrDefault(ticket.language(), RATING_COMMENTS.get("en"));
			String comment = score == 3 || random.nextBoolean() ? null : comments.get(score >= 4 ? 0 : 1);
			SurveyInvitation invitation = surveys.invite(ticket.id());
			surveys.answer(invitation.token(), score, comment);
			rated++;
		}
		return rated;
	}

	/** The oldest solved conversations whose automatic inspection is done, waiting a few seconds at most for them. */
	private List<InspectionView> inspected(int wanted) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<TicketView> solved = tickets.list(TicketFilter.all().withStatuses(Set.of(TicketStatus.SOLVED,
				TicketStatus.CLOSED)), TicketSort.OLDEST, new PageRequest(PageRequest.MAX_LIMIT, null)).items();
		List<InspectionView> found = new ArrayList<>();
		while (true) {
			found.clear();
			for (TicketView ticket : solved) {
				inspections.of(ticket.id()).filter(i -> i.agent() != null && i.scorecardVersion() != null)
					.ifPresent(found::add);
				if (found.size() == wanted) {
					return found;
				}
			}
			if (System.nanoTime() > deadline) {
				return found;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return found;
			}
		}
	}

	private Map<String, List<CustomerView>> createCustomers(DemoContent content, Random random) {
		Map<String, Long> weight = new TreeMap<>();
		content.conversations().forEach(c -> weight.merge(c.language(), 1L, Long::sum));
		long total = weight.values().stream().mapToLong(Long::longValue).sum();
		Map<String, List<CustomerView>> byLanguage = new TreeMap<>();
		int serial = 0;
		for (Map.Entry<String, Long> entry : weight.entrySet()) {
			String language = entry.getKey();
			DemoContent.People people = content.people().get(language);
			long count = Math.max(3, Math.round((double) settings.customers() * entry.getValue() / total));
			List<CustomerView> list = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				serial++;
				String first = people.first().get(random.nextInt(people.first().size()));
				String last = people.last().get(random.nextInt(people.last().size()));
				int where = random.nextInt(people.country().size());
				String country = people.country().get(where);
				String zone = people.timeZones().get(Math.min(where, people.timeZones().size() - 1));
				boolean eastAsian = language.startsWith("zh") || language.equals("ja");
				String name = eastAsian ? last + first : first + " " + last;
				String email = "customer" + serial + "@mail.example." + TLD.getOrDefault(country, country.toLowerCase(Locale.ROOT));
				List<CustomerDraft.IdentityDraft> identities = random.nextInt(3) == 0
						? List.of(new CustomerDraft.IdentityDraft("marketplace_buyer",
								AMAZON_BY_LANGUAGE.get(language) + ":A" + String.format("%011X", random.nextLong() >>> 20)))
						: List.of();
				list.add(customers.create(new CustomerDraft(name, email, language, zone, country, identities)));
			}
			byLanguage.put(language, list);
		}
		return byLanguage;
	}

	private void replay(DemoContent.Conversation conversation, BrandView brand, CustomerView customer,
			List<AgentView> staff, DemoContent content, Random random, Instant start, Instant now) {
		List<AgentView> speakers = staff.stream()
			.filter(a -> a.role() != Role.REVIEWER && a.languages().contains(conversation.language()))
			.toList();
		AgentView agent = speakers.isEmpty() ? staff.get(0) : speakers.get(random.nextInt(speakers.size()));
		String order = orderNumber(brand, random);
		List<String> products = content.products().get(conversation.language());
		Map<String, String> values = Map.of("{order}", order, "{customer}", firstName(customer, conversation.language()),
				"{agent}", agent.name().split(" ")[0], "{product}", products.get(random.nextInt(products.size())),
				"{brand}", brand.name());
		Channel channel = Channel.parse(conversation.channel());
		Instant at = start;
		TicketView ticket = null;
		boolean answered = false;
		for (DemoContent.Line line : conversation.messages()) {
			if (at.isAfter(now)) {
				break;
			}
			MessageBody body = MessageBody.text(fill(line.body(), values));
			switch (line.from()) {
				case "customer" -> {
					if (ticket == null) {
						ticket = tickets.open(new OpenTicket(fill(conversation.subject(), values), brand.id(), channel,
								customer.id(), body, Priority.parse(conversation.priority()), conversation.tags(), at));
					}
					else {
						tickets.receive(new InboundMessage(brand.id(), channel, customer.id(), ticket.subject(), body,
								ticket.id(), at));
					}
				}
				case "agent" -> {
					if (ticket != null && ticket.assignee() == null) {
						ticket = tickets.update(ticket.id(), assignTo(agent), at);
					}
					tickets.reply(ticket.id(), agent.id(), body, null, at);
					answered = true;
				}
				default -> tickets.addNote(ticket.id(), agent.id(), body, at);
			}
			at = at.plus(Duration.ofMinutes(20 + random.nextInt(60 * 16)));
			ticket = tickets.get(ticket.id());
		}
		settle(ticket, answered, agent, random, at, now);
	}

	/** Older answered conversations end solved or closed; recent ones wait for the customer; the rest stay open. */
	private void settle(TicketView ticket, boolean answered, AgentView agent, Random random, Instant last, Instant now) {
		Instant at = last.isAfter(now) ? now : last;
		if (!answered) {
			if (random.nextInt(4) == 0) {
				tickets.update(ticket.id(), assignTo(agent), at);
			}
			return;
		}
		if (ticket.status() != TicketStatus.OPEN) {
			return;
		}
		boolean old = Duration.between(at, now).toDays() >= 4;
		int roll = random.nextInt(10);
		if (old && roll < 6) {
			tickets.update(ticket.id(), TicketChanges.status(TicketStatus.SOLVED), at);
			if (Duration.between(at, now).toDays() >= 10) {
				tickets.update(ticket.id(), TicketChanges.status(TicketStatus.CLOSED), at.plus(Duration.ofDays(4)));
			}
		}
		else if (roll < 8) {
			tickets.update(ticket.id(), TicketChanges.status(TicketStatus.PENDING), at);
		}
		else if (roll == 8) {
			tickets.update(ticket.id(), TicketChanges.status(TicketStatus.ON_HOLD), at);
		}
	}

	private static TicketChanges assignTo(AgentView agent) {
		return new TicketChanges(null, null, Optional.of(agent.id()),
				agent.teams().isEmpty() ? null : Optional.of(agent.teams().get(0)), null, null);
	}

	private static String orderNumber(BrandView brand, Random random) {
		if (!brand.marketplaces().isEmpty()) {
			return String.format("%03d-%07d-%07d", random.nextInt(1000), random.nextInt(10_000_000),
					random.nextInt(10_000_000));
		}
		return "KO-" + (100000 + random.nextInt(900000));
	}

	private static String firstName(CustomerView customer, String language) {
		if (language.startsWith("zh") || language.equals("ja")) {
			return customer.name();
		}
		return customer.name().split(" ")[0];
	}

	private static String fill(String template, Map<String, String> values) {
		String result = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			result = result.replace(value.getKey(), value.getValue());
		}
		return result;
	}
}
