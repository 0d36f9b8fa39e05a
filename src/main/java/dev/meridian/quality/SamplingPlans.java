package dev.meridian.quality;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Role;
import dev.meridian.quality.internal.InspectionEntity;
import dev.meridian.quality.internal.InspectionRepository;
import dev.meridian.quality.internal.ReviewRepository;
import dev.meridian.quality.internal.SamplingPlanEntity;
import dev.meridian.quality.internal.SamplingPlanRepository;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.survey.Satisfaction;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sampling plans: which solved conversations are re-reviewed. A plan runs over one week of solved conversations and
 * assigns what it samples to its reviewers in turn, never to the agent whose conversation it is. Running a plan
 * twice over the same week samples nothing new: the random draw is seeded by plan and week, and conversations that
 * already have a review are left out.
 */
@Service
@Transactional
public class SamplingPlans {

	private final SamplingPlanRepository plans;
	private final InspectionRepository inspections;
	private final ReviewRepository reviews;
	private final Reviews reviewService;
	private final Tickets tickets;
	private final Agents agents;
	private final Surveys surveys;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SamplingPlans(SamplingPlanRepository plans, InspectionRepository inspections, ReviewRepository reviews,
			Reviews reviewService, Tickets tickets, Agents agents, Surveys surveys, ApplicationEventPublisher events,
			Clock clock) {
		this.plans = plans;
		this.inspections = inspections;
		this.reviews = reviews;
		this.reviewService = reviewService;
		this.tickets = tickets;
		this.agents = agents;
		this.surveys = surveys;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SamplingPlanView> all() {
		return plans.findAllByOrderByIdAsc().stream().map(SamplingPlanEntity::view).toList();
	}

	@Transactional(readOnly = true)
	public SamplingPlanView get(SamplingPlanId id) {
		return find(id).view();
	}

	public SamplingPlanView create(SamplingPlanDraft draft) {
		check(draft, 0);
		SamplingPlanEntity plan = plans.saveAndFlush(new SamplingPlanEntity(draft, clock.instant()));
		audit(plan, "created");
		return plan.view();
	}

	public SamplingPlanView update(SamplingPlanId id, SamplingPlanDraft draft) {
		SamplingPlanEntity plan = find(id);
		check(draft, plan.id());
		plan.change(draft, clock.instant());
		plans.flush();
		audit(plan, "updated");
		return plan.view();
	}

	/** The Monday of the week {@code day} falls in (UTC weeks, Monday first). */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Runs a plan over the conversations solved in the week that starts on the Monday of {@code week}. */
	public SamplingRun run(SamplingPlanId id, LocalDate week) {
		SamplingPlanView plan = find(id).view();
		LocalDate monday = weekOf(week);
		Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<InspectionEntity> solved = inspections.solvedBetween(from, to);
		Set<Long> reviewed = new HashSet<>(solved.isEmpty() ? List.of()
				: reviews.reviewedAmong(solved.stream().map(i -> i.view().ticket().value()).toList()));
		List<InspectionView> sample = sample(plan, monday, solved.stream().map(InspectionEntity::view).toList(), reviewed);
		int assigned = 0;
		int unassigned = 0;
		int turn = 0;
		List<AgentId> reviewers = plan.reviewers();
		for (InspectionView inspection : sample) {
			AgentId reviewer = null;
			for (int i = 0; i < reviewers.size() && reviewer == null; i++) {
				AgentId candidate = reviewers.get((turn + i) % reviewers.size());
				if (!candidate.equals(inspection.agent())) {
					reviewer = candidate;
					turn = (turn + i + 1) % reviewers.size();
				}
			}
			if (reviewer == null) {
				unassigned++;
				continue;
			}
			reviewService.open(inspection, reviewer, plan.id(), false, clock.instant());
			assigned++;
		}
		return new SamplingRun(plan.id(), monday, assigned, unassigned);
	}

	/** Runs every enabled plan over a week; the scheduler does this each day for the week before. */
	public List<SamplingRun> runAll(LocalDate week) {
		List<SamplingRun> runs = new ArrayList<>();
		for (SamplingPlanEntity plan : plans.findAllByOrderByIdAsc()) {
			if (plan.view().enabled()) {
				runs.add(run(new SamplingPlanId(plan.id()), week));
			}
		}
		return runs;
	}

	private List<InspectionView> sample(SamplingPlanView plan, LocalDate monday, List<InspectionView> solved,
			Set<Long> reviewed) {
		List<InspectionView> picked = new ArrayList<>();
		switch (plan.kind()) {
			case RED_LINE -> solved.stream().filter(InspectionView::failed)
				.filter(i -> !reviewed.contains(i.ticket().value()))
				.forEach(picked::add);
			case TAG -> solved.stream()
				.filter(i -> !reviewed.contains(i.ticket().value()))
				.filter(i -> tickets.get(i.ticket()).tags().contains(plan.tag()))
				.forEach(picked::add);
			case LOW_CSAT -> {
				Map<TicketId, Satisfaction> ratings = surveys.latestOf(solved.stream()
					.filter(i -> !reviewed.contains(i.ticket().value())).map(InspectionView::ticket).toList());
				solved.stream()
					.filter(i -> ratings.containsKey(i.ticket()) && ratings.get(i.ticket()).score() <= plan.maxScore())
					.forEach(picked::add);
			}
			case RANDOM_SHARE -> {
				Map<@Nullable AgentId, List<InspectionView>> byAgent = new LinkedHashMap<>();
				solved.stream().filter(i -> i.agent() != null)
					.forEach(i -> byAgent.computeIfAbsent(i.agent(), a -> new ArrayList<>()).add(i));
				Random random = new Random(plan.id().value() * 1_000_003L + monday.toEpochDay());
				for (List<InspectionView> ofAgent : byAgent.values()) {
					List<InspectionView> shuffled = new ArrayList<>(ofAgent);
					Collections.shuffle(shuffled, random);
					int wanted = (int) Math.ceil(ofAgent.size() * plan.sharePercent() / 100.0);
					long already = ofAgent.stream().filter(i -> reviewed.contains(i.ticket().value())).count();
					shuffled.stream()
						.filter(i -> !reviewed.contains(i.ticket().value()))
						.limit(Math.max(0, wanted - already))
						.forEach(picked::add);
				}
			}
		}
		return picked;
	}

	private void check(SamplingPlanDraft draft, long id) {
		if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 200) {
			throw DomainException.malformed("sampling_plan.name_required", "name is required (at most 200 characters)");
		}
		if (plans.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw DomainException.conflict("sampling_plan.name_taken", "a plan named '" + draft.name().strip() + "' exists");
		}
		if (draft.kind() == SamplingPlanKind.RANDOM_SHARE && (draft.sharePercent() < 1 || draft.sharePercent() > 100)) {
			throw DomainException.ruleBroken("sampling_plan.invalid_share", "sharePercent must be between 1 and 100");
		}
		if (draft.kind() == SamplingPlanKind.TAG && (draft.tag() == null || draft.tag().isBlank())) {
			throw DomainException.ruleBroken("sampling_plan.tag_required", "a tag plan needs the tag it samples");
		}
		if (draft.kind() == SamplingPlanKind.LOW_CSAT && (draft.maxScore() < 1 || draft.maxScore() > 5)) {
			throw DomainException.ruleBroken("sampling_plan.invalid_max_score",
					"maxScore must be a satisfaction rating from 1 to 5");
		}
		for (AgentId reviewer : draft.reviewers()) {
			if (!agents.exists(reviewer)) {
				throw DomainException.ruleBroken("sampling_plan.unknown_reviewer", "agent " + reviewer + " does not exist");
			}
			AgentView agent = agents.get(reviewer);
			if (agent.role() == Role.INTEGRATION || !agent.enabled()) {
				throw DomainException.ruleBroken("sampling_plan.invalid_reviewer", agent.name() + " cannot review");
			}
		}
	}

	private SamplingPlanEntity find(SamplingPlanId id) {
		return plans.findById(id.value()).orElseThrow(() -> DomainException.notFound("sampling_plan", id));
	}

	private void audit(SamplingPlanEntity plan, String action) {
		events.publishEvent(new AuditableChange("sampling_plan", plan.id().toString(), action, Map.of("name", plan.name())));
	}
}
