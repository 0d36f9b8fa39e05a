package dev.meridian.quality;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.quality.QualityReport.*;
import dev.meridian.quality.internal.InspectionEntity;
import dev.meridian.quality.internal.InspectionRepository;
import dev.meridian.quality.internal.ReviewEntity;
import dev.meridian.quality.internal.ReviewRepository;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality reports: reviews per reviewer and day, what each agent is flagged for with the weekly trend, team
 * averages and distributions, red-line incidents, and how well automatic inspection agrees with reviewers.
 */
@Service
@Transactional(readOnly = true)
public class QualityReports {

	private final InspectionRepository inspections;
	private final ReviewRepository reviews;
	private final Scorecards scorecards;
	private final Agents agents;
	private final Tickets tickets;

	QualityReports(InspectionRepository inspections, ReviewRepository reviews, Scorecards scorecards, Agents agents,
			Tickets tickets) {
		this.inspections = inspections;
		this.reviews = reviews;
		this.scorecards = scorecards;
		this.agents = agents;
		this.tickets = tickets;
	}

	public List<ReviewerDay> reviewers(ReportRange range) {
		Predicate<AgentId> in = people(range);
		Map<AgentId, Map<LocalDate, Integer>> counts = new HashMap<>();
		for (ReviewEntity entity : reviews.submittedBetween(range.start(), range.end())) {
			ReviewView review = entity.view(List.of(), List.of());
			if (in.test(review.reviewer())) {
				LocalDate day = LocalDate.ofInstant(review.submittedAt(), range.zone());
				counts.computeIfAbsent(review.reviewer(), r -> new TreeMap<>()).merge(day, 1, Integer::sum);
			}
		}
		List<ReviewerDay> rows = new ArrayList<>();
		Names names = new Names(agents);
		counts.forEach((reviewer, days) -> days.forEach((day, n) -> rows.add(new ReviewerDay(reviewer, names.of(reviewer), day, n))));
		rows.sort(Comparator.comparing(ReviewerDay::date).thenComparing(ReviewerDay::name));
		return rows;
	}

	public List<AgentFlags> agents(ReportRange range) {
		Data data = load(range);
		Names names = new Names(agents);
		Map<AgentId, List<Conversation>> byAgent = new LinkedHashMap<>();
		data.conversations.forEach(c -> byAgent.computeIfAbsent(c.agent, a -> new ArrayList<>()).add(c));
		List<AgentFlags> rows = new ArrayList<>();
		byAgent.forEach((agent, conversations) -> {
			Map<String, Integer> categories = new HashMap<>();
			Map<String, Integer> items = new HashMap<>();
			Map<String, Integer> types = new HashMap<>();
			Map<LocalDate, List<Conversation>> weeks = new TreeMap<>();
			int flagged = 0;
			for (Conversation c : conversations) {
				Set<String> flags = c.flags();
				if (!flags.isEmpty()) {
					flagged++;
					flags.forEach(i -> items.merge(i, 1, Integer::sum));
					c.categories(flags).forEach(k -> categories.merge(k, 1, Integer::sum));
					if (c.review != null) {
						c.review.businessTypes().forEach(t -> types.merge(t.key(), 1, Integer::sum));
					}
				}
				LocalDate day = LocalDate.ofInstant(c.inspection.solvedAt(), range.zone());
				weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), w -> new ArrayList<>()).add(c);
			}
			List<Week> trend = new ArrayList<>();
			weeks.forEach((monday, ofWeek) -> {
				Map<String, Integer> perCategory = new HashMap<>();
				int flaggedThatWeek = 0;
				for (Conversation c : ofWeek) {
					Set<String> flags = c.flags();
					flaggedThatWeek += flags.isEmpty() ? 0 : 1;
					c.categories(flags).forEach(k -> perCategory.merge(k, 1, Integer::sum));
				}
				trend.add(new Week(monday, ofWeek.size(), flaggedThatWeek, rankedCategories(perCategory)));
			});
			rows.add(new AgentFlags(agent, names.of(agent), conversations.size(), flagged, rankedCategories(categories),
					ranked(items), ranked(types), trend));
		});
		rows.sort(Comparator.comparingInt(AgentFlags::flagged).reversed().thenComparing(AgentFlags::name));
		return rows;
	}

	public TeamSummary team(ReportRange range) {
		Data data = load(range);
		Names names = new Names(agents);
		List<Double> auto = new ArrayList<>();
		List<Double> human = new ArrayList<>();
		Map<AgentId, List<Conversation>> byAgent = new LinkedHashMap<>();
		for (Conversation c : data.conversations) {
			byAgent.computeIfAbsent(c.agent, a -> new ArrayList<>()).add(c);
			Double a = c.autoPercent();
			if (a != null) {
				auto.add(a);
			}
			if (c.review != null) {
				human.add(c.reviewPercent());
			}
		}
		List<AgentAverage> perAgent = new ArrayList<>();
		byAgent.forEach((agent, conversations) -> {
			List<Double> a = conversations.stream().map(Conversation::autoPercent).filter(p -> p != null).toList();
			List<Double> h = conversations.stream().filter(c -> c.review != null).map(Conversation::reviewPercent).toList();
			int redLines = (int) conversations.stream().filter(Conversation::failed).count();
			perAgent.add(new AgentAverage(agent, names.of(agent), conversations.size(), average(a), h.size(), average(h),
					redLines));
		});
		perAgent.sort(Comparator.comparing(AgentAverage::name));
		return new TeamSummary(data.conversations.size(), average(auto), distribution(auto), human.size(), average(human),
				distribution(human), perAgent);
	}

	public List<RedLine> redLines(ReportRange range) {
		Data data = load(range);
		Names names = new Names(agents);
		List<RedLine> rows = new ArrayList<>();
		for (Conversation c : data.conversations) {
			Map<String, String> found = new LinkedHashMap<>();
			Map<String, String> excerpts = new HashMap<>();
			for (InspectionView.Hit hit : c.inspection.hits()) {
				if (c.redLine(hit.item())) {
					found.put(hit.item(), "auto");
					excerpts.putIfAbsent(hit.item(), hit.excerpt());
				}
			}
			if (c.review != null) {
				for (ItemScore score : c.review.scores()) {
					if (score.breached()) {
						found.merge(score.item(), "review", (a, b) -> "both");
						if (score.note() != null) {
							excerpts.putIfAbsent(score.item(), score.note());
						}
					}
				}
			}
			if (!found.isEmpty()) {
				TicketView ticket = tickets.get(c.inspection.ticket());
				found.forEach((item, source) -> rows.add(new RedLine(ticket.id(), ticket.number(), c.agent,
						names.of(c.agent), item, source, c.inspection.solvedAt(), excerpts.get(item))));
			}
		}
		rows.sort(Comparator.comparing((RedLine r) -> r.solvedAt() == null ? java.time.Instant.EPOCH : r.solvedAt())
			.reversed());
		return rows;
	}

	public Agreement agreement(ReportRange range) {
		Data data = load(range);
		int both = 0;
		int sameVerdict = 0;
		double difference = 0;
		Map<String, int[]> perItem = new TreeMap<>();
		for (Conversation c : data.conversations) {
			Double auto = c.autoPercent();
			if (c.review == null || auto == null) {
				continue;
			}
			both++;
			sameVerdict += c.inspection.failed() == c.review.failed() ? 1 : 0;
			difference += Math.abs(auto - c.reviewPercent());
			Set<String> autoFlags = c.autoFlags();
			Set<String> humanFlags = c.humanFlags();
			for (ItemScore score : c.review.scores()) {
				int[] counts = perItem.computeIfAbsent(score.item(), k -> new int[4]);
				boolean a = autoFlags.contains(score.item());
				boolean h = humanFlags.contains(score.item());
				counts[0]++;
				counts[a == h ? 1 : a ? 2 : 3]++;
			}
		}
		List<ItemAgreement> items = new ArrayList<>();
		int pairs = 0;
		int agree = 0;
		for (Map.Entry<String, int[]> e : perItem.entrySet()) {
			int[] n = e.getValue();
			items.add(new ItemAgreement(e.getKey(), n[0], n[1], n[2], n[3]));
			pairs += n[0];
			agree += n[1];
		}
		return new Agreement(both, both == 0 ? null : (double) sameVerdict / both, pairs == 0 ? null : (double) agree / pairs,
				both == 0 ? null : difference / both, items);
	}

	// ---- data ----

	private Predicate<AgentId> people(ReportRange range) {
		if (range.agent() != null) {
			return range.agent()::equals;
		}
		if (range.team() == null) {
			return a -> true;
		}
		Set<AgentId> members = new HashSet<>();
		for (AgentView agent : agents.all()) {
			if (agent.teams().contains(range.team())) {
				members.add(agent.id());
			}
		}
		return members::contains;
	}

	private Data load(ReportRange range) {
		Predicate<AgentId> in = people(range);
		Map<Long, ReviewView> reviewed = new HashMap<>();
		for (ReviewEntity entity : reviews.submittedForSolvedBetween(range.start(), range.end())) {
			ReviewView review = entity.view(List.of(), List.of());
			reviewed.merge(review.ticket().value(), review,
					(a, b) -> a.submittedAt().isAfter(b.submittedAt()) ? a : b);
		}
		Map<ScorecardVersionId, ScorecardVersionView> versions = new HashMap<>();
		List<Conversation> conversations = new ArrayList<>();
		for (InspectionEntity entity : inspections.solvedBetween(range.start(), range.end())) {
			InspectionView inspection = entity.view();
			if (inspection.agent() == null || !in.test(inspection.agent())) {
				continue;
			}
			ReviewView review = reviewed.get(inspection.ticket().value());
			ScorecardVersionId versionId = review != null ? review.scorecardVersion() : inspection.scorecardVersion();
			ScorecardVersionView version = versionId == null ? null
					: versions.computeIfAbsent(versionId, scorecards::version);
			conversations.add(new Conversation(inspection.agent(), inspection, review, version));
		}
		return new Data(conversations);
	}

	private record Data(List<Conversation> conversations) {
	}

	private record Conversation(AgentId agent, InspectionView inspection, @Nullable ReviewView review,
			@Nullable ScorecardVersionView version) {

		Set<String> autoFlags() {
			Set<String> flags = new LinkedHashSet<>();
			inspection.hits().forEach(h -> flags.add(h.item()));
			if (version != null) {
				flags.retainAll(version.items().stream().map(ScorecardItem::key).toList());
			}
			return flags;
		}

		Set<String> humanFlags() {
			Set<String> flags = new LinkedHashSet<>();
			if (review != null && version != null) {
				for (ItemScore score : review.scores()) {
					version.item(score.item()).ifPresent(item -> {
						if (score.breached() || item.type() != ItemType.RED_LINE && score.points() < item.points()) {
							flags.add(item.key());
						}
					});
				}
			}
			return flags;
		}

		Set<String> flags() {
			return review != null ? humanFlags() : autoFlags();
		}

		Set<String> categories(Set<String> flags) {
			Set<String> categories = new LinkedHashSet<>();
			if (version != null) {
				flags.forEach(f -> version.item(f).ifPresent(i -> categories.add(i.category().key())));
			}
			return categories;
		}

		boolean redLine(String item) {
			return version != null && version.item(item).map(i -> i.type() == ItemType.RED_LINE).orElse(false);
		}

		boolean failed() {
			return review != null ? review.failed() : inspection.failed();
		}

		@Nullable Double autoPercent() {
			return inspection.score() == null || inspection.maxScore() == null || inspection.maxScore() == 0 ? null
					: inspection.score() * 100.0 / inspection.maxScore();
		}

		double reviewPercent() {
			return review.maxScore() == 0 || review.score() == null ? 0 : review.score() * 100.0 / review.maxScore();
		}
	}

	private static List<Count> ranked(Map<String, Integer> counts) {
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(e -> new Count(e.getKey(), e.getValue()))
			.toList();
	}

	/** Categories most flagged first; on a tie the more serious first, in the order of {@link Category}. */
	private static List<Count> rankedCategories(Map<String, Integer> counts) {
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
				.thenComparing(e -> Category.parse(e.getKey()).ordinal()))
			.map(e -> new Count(e.getKey(), e.getValue()))
			.toList();
	}

	private static @Nullable Double average(List<Double> values) {
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	private static Distribution distribution(List<Double> percents) {
		int[] b = new int[5];
		for (double p : percents) {
			b[p < 60 ? 0 : p < 70 ? 1 : p < 80 ? 2 : p < 90 ? 3 : 4]++;
		}
		return new Distribution(b[0], b[1], b[2], b[3], b[4]);
	}

	private static final class Names {

		private final Agents agents;
		private final Map<AgentId, String> known = new HashMap<>();

		Names(Agents agents) {
			this.agents = agents;
		}

		String of(AgentId id) {
			return known.computeIfAbsent(id, a -> agents.exists(a) ? agents.get(a).name() : a.toString());
		}
	}
}
