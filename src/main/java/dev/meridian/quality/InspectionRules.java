package dev.meridian.quality;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.meridian.quality.internal.DraftChecks;
import dev.meridian.quality.internal.RuleEntity;
import dev.meridian.quality.internal.RuleRepository;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspection rules (质检规则): what automatic inspection looks for, each mapped to a scorecard item. */
@Service
@Transactional
public class InspectionRules {

	static final int MAX_RULES = 200;

	private final RuleRepository rules;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InspectionRules(RuleRepository rules, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<InspectionRuleView> all() {
		return rules.findAllByOrderByIdAsc().stream().map(RuleEntity::view).toList();
	}

	@Transactional(readOnly = true)
	public InspectionRuleView get(InspectionRuleId id) {
		return find(id).view();
	}

	public InspectionRuleView create(InspectionRuleDraft draft) {
		check(draft, 0);
		if (rules.count() >= MAX_RULES) {
			throw DomainException.ruleBroken("inspection_rule.too_many", "there are at most " + MAX_RULES + " rules");
		}
		RuleEntity rule = rules.saveAndFlush(new RuleEntity(draft, clock.instant()));
		audit(rule, "created");
		return rule.view();
	}

	public InspectionRuleView update(InspectionRuleId id, InspectionRuleDraft draft) {
		RuleEntity rule = find(id);
		check(draft, rule.id());
		rule.change(draft, clock.instant());
		rules.flush();
		audit(rule, "updated");
		return rule.view();
	}

	/** Deletes a rule; the hits it found stay with their inspections. */
	public void delete(InspectionRuleId id) {
		RuleEntity rule = find(id);
		audit(rule, "deleted");
		rules.delete(rule);
	}

	private void check(InspectionRuleDraft draft, long id) {
		DraftChecks.check(draft);
		if (rules.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw DomainException.conflict("inspection_rule.name_taken", "a rule named '" + draft.name().strip() + "' exists");
		}
	}

	private RuleEntity find(InspectionRuleId id) {
		return rules.findById(id.value()).orElseThrow(() -> DomainException.notFound("inspection_rule", id));
	}

	private void audit(RuleEntity rule, String action) {
		events.publishEvent(new AuditableChange("inspection_rule", rule.id().toString(), action, Map.of("name", rule.name())));
	}
}
