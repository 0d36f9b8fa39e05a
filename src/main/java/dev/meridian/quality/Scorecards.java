package dev.meridian.quality;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.Brands;
import dev.meridian.quality.internal.DraftChecks;
import dev.meridian.quality.internal.ScorecardEntity;
import dev.meridian.quality.internal.ScorecardRepository;
import dev.meridian.quality.internal.ScorecardVersionEntity;
import dev.meridian.quality.internal.ScorecardVersionRepository;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Channel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards: categories of items with points, yes/no, scale or red-line, scoped to a brand and a channel. Changing
 * a scorecard's items makes a new version; inspections and reviews keep the version they were scored with.
 */
@Service
@Transactional
public class Scorecards {

	static final int MAX_SCORECARDS = 100;

	private final ScorecardRepository scorecards;
	private final ScorecardVersionRepository versions;
	private final Brands brands;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Scorecards(ScorecardRepository scorecards, ScorecardVersionRepository versions, Brands brands,
			ApplicationEventPublisher events, Clock clock) {
		this.scorecards = scorecards;
		this.versions = versions;
		this.brands = brands;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ScorecardView> all() {
		return scorecards.findAllByOrderByIdAsc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public ScorecardView get(ScorecardId id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public ScorecardVersionView version(ScorecardId id, int number) {
		ScorecardEntity scorecard = find(id);
		return versions.findByScorecardIdAndVersionNumber(scorecard.id(), number)
			.orElseThrow(() -> DomainException.notFound("scorecard_version", id + "/" + number))
			.view(scorecard.name());
	}

	@Transactional(readOnly = true)
	public ScorecardVersionView version(ScorecardVersionId id) {
		ScorecardVersionEntity version = versions.findById(id.value())
			.orElseThrow(() -> DomainException.notFound("scorecard_version", id));
		ScorecardVersionView view = version.view("");
		return version.view(find(view.scorecard()).name());
	}

	/**
	 * The current version of the enabled scorecard that fits a conversation best: one for its brand and channel,
	 * else its brand, else its channel, else one for every brand and channel; the oldest wins a tie.
	 */
	@Transactional(readOnly = true)
	public Optional<ScorecardVersionView> applicable(BrandId brand, Channel channel) {
		return scorecards.findAllByOrderByIdAsc().stream()
			.filter(ScorecardEntity::enabled)
			.filter(s -> (s.brand() == null || s.brand().equals(brand)) && (s.channel() == null || s.channel() == channel))
			.min(Comparator.comparingInt((ScorecardEntity s) -> (s.brand() == null ? 2 : 0) + (s.channel() == null ? 1 : 0)))
			.map(s -> current(s).view(s.name()));
	}

	public ScorecardView create(ScorecardDraft draft) {
		check(draft, 0);
		if (scorecards.count() >= MAX_SCORECARDS) {
			throw DomainException.ruleBroken("scorecard.too_many", "there are at most " + MAX_SCORECARDS + " scorecards");
		}
		ScorecardEntity scorecard = scorecards.saveAndFlush(new ScorecardEntity(draft, clock.instant()));
		versions.saveAndFlush(new ScorecardVersionEntity(scorecard.id(), 1, draft.items(), clock.instant()));
		audit(scorecard, "created");
		return view(scorecard);
	}

	/** Changes a scorecard; different items make a new version, the old one stays for what was scored with it. */
	public ScorecardView update(ScorecardId id, ScorecardDraft draft) {
		ScorecardEntity scorecard = find(id);
		check(draft, scorecard.id());
		scorecard.change(draft, clock.instant());
		if (!current(scorecard).items().equals(draft.items())) {
			int next = scorecard.nextVersion(clock.instant());
			versions.saveAndFlush(new ScorecardVersionEntity(scorecard.id(), next, draft.items(), clock.instant()));
		}
		scorecards.flush();
		audit(scorecard, "updated");
		return view(scorecard);
	}

	@Transactional(readOnly = true)
	public List<ScorecardVersionView> versions(ScorecardId id) {
		ScorecardEntity scorecard = find(id);
		return versions.findByScorecardIdOrderByVersionNumberAsc(scorecard.id()).stream()
			.map(v -> v.view(scorecard.name()))
			.toList();
	}

	private void check(ScorecardDraft draft, long id) {
		DraftChecks.check(draft);
		if (scorecards.existsByNameIgnoreCaseAndIdNot(draft.name().strip(), id)) {
			throw DomainException.conflict("scorecard.name_taken", "a scorecard named '" + draft.name().strip() + "' exists");
		}
		if (draft.brand() != null && !brands.exists(draft.brand())) {
			throw DomainException.ruleBroken("scorecard.unknown_brand", "brand " + draft.brand() + " does not exist");
		}
	}

	private ScorecardVersionEntity current(ScorecardEntity scorecard) {
		return versions.findByScorecardIdAndVersionNumber(scorecard.id(), scorecard.currentVersion())
			.orElseThrow(() -> new IllegalStateException("scorecard " + scorecard.id() + " lost its current version"));
	}

	private ScorecardView view(ScorecardEntity s) {
		ScorecardVersionEntity version = current(s);
		return new ScorecardView(new ScorecardId(s.id()), s.name(), s.brand(), s.channel(), s.enabled(),
				s.currentVersion(), new ScorecardVersionId(version.id()), version.items(), s.createdAt(), s.updatedAt());
	}

	private ScorecardEntity find(ScorecardId id) {
		return scorecards.findById(id.value()).orElseThrow(() -> DomainException.notFound("scorecard", id));
	}

	private void audit(ScorecardEntity scorecard, String action) {
		events.publishEvent(new AuditableChange("scorecard", scorecard.id().toString(), action,
				Map.of("name", scorecard.name(), "version", Integer.toString(scorecard.currentVersion()))));
	}
}
