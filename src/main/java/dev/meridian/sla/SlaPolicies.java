package dev.meridian.sla;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.meridian.identity.Brands;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.sla.internal.BusinessCalendarRepository;
import dev.meridian.sla.internal.SlaPolicy;
import dev.meridian.sla.internal.SlaPolicyRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordered list of SLA policies. The first enabled policy whose conditions match a ticket gives its targets;
 * a change applies to targets that start after it.
 */
@Service
@Transactional
public class SlaPolicies {

	static final int MAX_POLICIES = 200;

	private final SlaPolicyRepository policies;
	private final BusinessCalendarRepository calendars;
	private final Brands brands;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SlaPolicies(SlaPolicyRepository policies, BusinessCalendarRepository calendars, Brands brands,
			ApplicationEventPublisher events, Clock clock) {
		this.policies = policies;
		this.calendars = calendars;
		this.brands = brands;
		this.events = events;
		this.clock = clock;
	}

	/** In the order they are tried. */
	@Transactional(readOnly = true)
	public List<SlaPolicyView> all() {
		return policies.findAllByOrderByPositionAscIdAsc().stream().map(SlaPolicy::view).toList();
	}

	@Transactional(readOnly = true)
	public SlaPolicyView get(SlaPolicyId id) {
		return find(id).view();
	}

	/** Adds a policy at the end of the list, or at {@code position} (0 is first) when given. */
	public SlaPolicyView create(SlaPolicyDraft draft, @Nullable Integer position) {
		check(draft, 0);
		List<SlaPolicy> ordered = policies.findAllByOrderByPositionAscIdAsc();
		if (ordered.size() >= MAX_POLICIES) {
			throw DomainException.ruleBroken("sla_policy.too_many", "there are at most " + MAX_POLICIES + " policies");
		}
		SlaPolicy policy = policies.saveAndFlush(new SlaPolicy(draft, ordered.size(), clock.instant()));
		if (position != null) {
			move(ordered, policy, position);
		}
		audit(policy, "created");
		return policy.view();
	}

	public SlaPolicyView update(SlaPolicyId id, SlaPolicyDraft draft, @Nullable Integer position) {
		SlaPolicy policy = find(id);
		check(draft, policy.id());
		policy.change(draft, clock.instant());
		if (position != null) {
			List<SlaPolicy> others = new ArrayList<>(policies.findAllByOrderByPositionAscIdAsc());
			others.removeIf(p -> p.id().equals(policy.id()));
			move(others, policy, position);
		}
		audit(policy, "updated");
		return policy.view();
	}

	/** Puts the policies in the order given; the list names every policy once. */
	public List<SlaPolicyView> reorder(List<SlaPolicyId> order) {
		List<SlaPolicy> all = policies.findAllByOrderByPositionAscIdAsc();
		Set<Long> given = new HashSet<>();
		order.forEach(id -> given.add(id.value()));
		Set<Long> existing = new HashSet<>();
		all.forEach(p -> existing.add(p.id()));
		if (given.size() != order.size() || !given.equals(existing)) {
			throw DomainException.ruleBroken("sla_policy.incomplete_order", "the order must name every policy once");
		}
		for (int i = 0; i < order.size(); i++) {
			long wanted = order.get(i).value();
			int position = i;
			all.stream().filter(p -> p.id() == wanted).findFirst().ifPresent(p -> p.moveTo(position));
		}
		events.publishEvent(new AuditableChange("sla_policy", "all", "reordered",
				Map.of("order", String.join(",", order.stream().map(SlaPolicyId::toString).toList()))));
		return all();
	}

	public void delete(SlaPolicyId id) {
		SlaPolicy policy = find(id);
		policies.delete(policy);
		policies.flush();
		List<SlaPolicy> rest = policies.findAllByOrderByPositionAscIdAsc();
		for (int i = 0; i < rest.size(); i++) {
			rest.get(i).moveTo(i);
		}
		audit(policy, "deleted");
	}

	private void move(List<SlaPolicy> others, SlaPolicy policy, int position) {
		if (position < 0) {
			throw DomainException.malformed("sla_policy.invalid_position", "position must be 0 or more");
		}
		List<SlaPolicy> ordered = new ArrayList<>(others);
		ordered.removeIf(p -> p.id().equals(policy.id()));
		ordered.add(Math.min(position, ordered.size()), policy);
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i);
		}
	}

	private void check(SlaPolicyDraft draft, long id) {
		if (policies.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw DomainException.conflict("sla_policy.name_taken", "a policy named '" + draft.name().strip() + "' exists");
		}
		if (draft.calendar() != null && !calendars.existsById(draft.calendar().value())) {
			throw DomainException.ruleBroken("sla_policy.unknown_calendar",
					"business calendar " + draft.calendar() + " does not exist");
		}
		draft.conditions().brands().forEach(brand -> {
			if (!brands.exists(brand)) {
				throw DomainException.ruleBroken("sla_policy.unknown_brand", "brand " + brand + " does not exist");
			}
		});
	}

	private SlaPolicy find(SlaPolicyId id) {
		return policies.findById(id.value()).orElseThrow(() -> DomainException.notFound("sla_policy", id));
	}

	private void audit(SlaPolicy policy, String action) {
		events.publishEvent(new AuditableChange("sla_policy", policy.id().toString(), action,
				Map.of("name", policy.name(), "position", Integer.toString(policy.position()))));
	}
}
