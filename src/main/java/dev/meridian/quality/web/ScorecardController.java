package dev.meridian.quality.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.identity.BrandId;
import dev.meridian.quality.Category;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardDraft;
import dev.meridian.quality.ScorecardId;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionView;
import dev.meridian.quality.ScorecardView;
import dev.meridian.quality.Scorecards;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Quality")
class ScorecardController {

	private static final String EXAMPLE = "Example: {\"name\": \"Marketplace chat\", \"brand\": \"1\", \"channel\": "
			+ "\"marketplace\", \"enabled\": true, \"items\": [{\"key\": \"sensitive_data\", \"category\": \"red_line\", "
			+ "\"name\": \"No card numbers or passwords\", \"type\": \"red_line\", \"points\": 0}, {\"key\": \"greeting\", "
			+ "\"category\": \"attitude\", \"name\": \"Greets the customer\", \"type\": \"yes_no\", \"points\": 10}]}. "
			+ "Categories: red_line, attitude, product_knowledge, timeliness, process; types: yes_no, scale (0 to points), "
			+ "red_line (no points; a breach fails the conversation). brand and channel null apply everywhere.";

	record ItemJson(@Nullable String key, @Nullable String category, @Nullable String name, @Nullable String type,
			@Nullable Integer points) {

		static ItemJson of(ScorecardItem i) {
			return new ItemJson(i.key(), i.category().key(), i.name(), i.type().key(), i.points());
		}

		ScorecardItem toItem() {
			if (key == null || category == null || type == null) {
				throw DomainException.malformed("scorecard.invalid_item", "every item needs key, category, name and type");
			}
			ItemType itemType = ItemType.parse(type);
			return new ScorecardItem(key.strip(), Category.parse(category), name == null ? "" : name.strip(), itemType,
					points == null ? 0 : points);
		}
	}

	record ScorecardRequest(@Nullable String name, @Nullable String brand, @Nullable String channel,
			@Nullable Boolean enabled, @Nullable List<ItemJson> items) {

		ScorecardDraft toDraft() {
			if (name == null || name.isBlank()) {
				throw DomainException.malformed("scorecard.name_required", "name is required");
			}
			return new ScorecardDraft(name, brand == null || brand.isBlank() ? null : BrandId.parse(brand),
					channel == null || channel.isBlank() ? null : Channel.parse(channel), !Boolean.FALSE.equals(enabled),
					items == null ? List.of() : items.stream().map(ItemJson::toItem).toList());
		}
	}

	record ScorecardJson(String id, String name, @Nullable String brand, @Nullable String channel, boolean enabled,
			int version, String versionId, int maxPoints, List<ItemJson> items, Instant createdAt, Instant updatedAt) {

		static ScorecardJson of(ScorecardView s) {
			int max = s.items().stream().filter(i -> i.type() != ItemType.RED_LINE).mapToInt(ScorecardItem::points).sum();
			return new ScorecardJson(s.id().toString(), s.name(), s.brand() == null ? null : s.brand().toString(),
					s.channel() == null ? null : s.channel().key(), s.enabled(), s.version(), s.versionId().toString(), max,
					s.items().stream().map(ItemJson::of).toList(), s.createdAt(), s.updatedAt());
		}
	}

	record VersionJson(String id, String scorecard, int version, int maxPoints, List<ItemJson> items,
			Instant createdAt) {

		static VersionJson of(ScorecardVersionView v) {
			return new VersionJson(v.id().toString(), v.scorecard().toString(), v.number(), v.maxPoints(),
					v.items().stream().map(ItemJson::of).toList(), v.createdAt());
		}
	}

	private final Scorecards scorecards;

	ScorecardController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "List scorecards with their current items",
			description = "All scorecards in one page (there are at most 100); nextCursor is always null.")
	Slice<ScorecardJson> list() {
		return new Slice<>(scorecards.all().stream().map(ScorecardJson::of).toList(), null);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('ticket:read')")
	ScorecardJson get(@PathVariable String id) {
		return ScorecardJson.of(scorecards.get(ScorecardId.parse(id)));
	}

	@GetMapping("/{id}/versions")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Every version of a scorecard, oldest first")
	Slice<VersionJson> versions(@PathVariable String id) {
		return new Slice<>(scorecards.versions(ScorecardId.parse(id)).stream().map(VersionJson::of).toList(), null);
	}

	@GetMapping("/{id}/versions/{number}")
	@PreAuthorize("hasAuthority('ticket:read')")
	VersionJson version(@PathVariable String id, @PathVariable int number) {
		return VersionJson.of(scorecards.version(ScorecardId.parse(id), number));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('quality:configure')")
	@Operation(summary = "Create a scorecard", description = EXAMPLE)
	ScorecardJson create(@RequestBody ScorecardRequest request) {
		return ScorecardJson.of(scorecards.create(request.toDraft()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('quality:configure')")
	@Operation(summary = "Change a scorecard", description = "Different items make a new version; inspections and "
			+ "reviews keep the version they were scored with. " + EXAMPLE)
	ScorecardJson update(@PathVariable String id, @RequestBody ScorecardRequest request) {
		return ScorecardJson.of(scorecards.update(ScorecardId.parse(id), request.toDraft()));
	}
}
