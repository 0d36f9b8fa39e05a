package dev.meridian.quality.web;

import java.time.Instant;

import dev.meridian.quality.InspectionRuleDraft;
import dev.meridian.quality.InspectionRuleId;
import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.InspectionRules;
import dev.meridian.quality.RuleSpec;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/inspection-rules")
@Tag(name = "Quality")
class InspectionRuleController {

	private static final String EXAMPLE = "Example: {\"name\": \"Forbidden words\", \"item\": \"forbidden_words\", "
			+ "\"enabled\": true, \"spec\": {\"kind\": \"keywords\", \"target\": \"agent\", \"phrases\": {\"en\": "
			+ "[\"not my problem\"], \"zh\": [\"爱买不买\"]}}}. Kinds: keywords {target, phrases}, patterns {target, "
			+ "patterns} (regular expressions), required {element: greeting | closing | apology_after_complaint, phrases "
			+ "added to the built-in ones}, response_gap {minutes, businessHours}, negative_ending {threshold: -1 or "
			+ "lower}, repeat_contact {days}, sensitive_data {cardNumbers, passwords}. Lists are keyed by language (en, "
			+ "zh, zh-TW, ja, de, ... or * for every language). item is the key of the scorecard item a hit counts against.";

	record RuleRequest(@Nullable String name, @Nullable String item, @Nullable Boolean enabled, @Nullable RuleSpec spec) {

		InspectionRuleDraft toDraft() {
			if (name == null || name.isBlank()) {
				throw DomainException.malformed("inspection_rule.name_required", "name is required");
			}
			if (item == null || item.isBlank()) {
				throw DomainException.malformed("inspection_rule.item_required", "item is required");
			}
			if (spec == null) {
				throw DomainException.malformed("inspection_rule.spec_required", "spec is required");
			}
			return new InspectionRuleDraft(name, item, !Boolean.FALSE.equals(enabled), spec);
		}
	}

	record RuleJson(String id, String name, String item, boolean enabled, RuleSpec spec, Instant createdAt,
			Instant updatedAt) {

		static RuleJson of(InspectionRuleView r) {
			return new RuleJson(r.id().toString(), r.name(), r.item(), r.enabled(), r.spec(), r.createdAt(), r.updatedAt());
		}
	}

	private final InspectionRules rules;

	InspectionRuleController(InspectionRules rules) {
		this.rules = rules;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "List inspection rules", description = "All rules in one page (at most 200).")
	Slice<RuleJson> list() {
		return new Slice<>(rules.all().stream().map(RuleJson::of).toList(), null);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('ticket:read')")
	RuleJson get(@PathVariable String id) {
		return RuleJson.of(rules.get(InspectionRuleId.parse(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('quality:configure')")
	@Operation(summary = "Create an inspection rule", description = EXAMPLE)
	RuleJson create(@RequestBody RuleRequest request) {
		return RuleJson.of(rules.create(request.toDraft()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('quality:configure')")
	@Operation(summary = "Replace an inspection rule", description = EXAMPLE)
	RuleJson update(@PathVariable String id, @RequestBody RuleRequest request) {
		return RuleJson.of(rules.update(InspectionRuleId.parse(id), request.toDraft()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('quality:configure')")
	void delete(@PathVariable String id) {
		rules.delete(InspectionRuleId.parse(id));
	}
}
