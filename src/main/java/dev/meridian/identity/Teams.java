package dev.meridian.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.identity.internal.Team;
import dev.meridian.identity.internal.TeamRepository;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The support teams, each working in its own time zone. */
@Service
@Transactional
public class Teams {

	private final TeamRepository teams;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Teams(TeamRepository teams, ApplicationEventPublisher events, Clock clock) {
		this.teams = teams;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TeamView> all() {
		return teams.findAllByOrderByNameAsc().stream().map(Team::view).toList();
	}

	@Transactional(readOnly = true)
	public TeamView get(TeamId id) {
		return find(id).view();
	}

	@Transactional(readOnly = true)
	public boolean exists(TeamId id) {
		return teams.existsById(id.value());
	}

	public TeamView create(TeamDraft draft) {
		if (draft.name() == null || draft.timeZone() == null) {
			throw DomainException.malformed("team.fields_required", "a team needs a name and a timeZone");
		}
		if (teams.existsByNameIgnoreCase(draft.name().trim())) {
			throw DomainException.conflict("team.name_taken", "a team named '" + draft.name().trim() + "' exists already");
		}
		TeamView view = teams.saveAndFlush(new Team(draft.name(), draft.timeZone(), clock.instant())).view();
		events.publishEvent(new AuditableChange("team", view.id().toString(), "created", describe(draft)));
		return view;
	}

	public TeamView update(TeamId id, TeamDraft draft) {
		Team team = find(id);
		if (draft.name() != null && !draft.name().trim().equalsIgnoreCase(team.view().name())
				&& teams.existsByNameIgnoreCase(draft.name().trim())) {
			throw DomainException.conflict("team.name_taken", "a team named '" + draft.name().trim() + "' exists already");
		}
		if (draft.name() != null) {
			team.rename(draft.name());
		}
		if (draft.timeZone() != null) {
			team.moveTo(draft.timeZone());
		}
		team.touch(clock.instant());
		events.publishEvent(new AuditableChange("team", id.toString(), "updated", describe(draft)));
		return teams.saveAndFlush(team).view();
	}

	private static Map<String, String> describe(TeamDraft draft) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (draft.name() != null) {
			changes.put("name", draft.name());
		}
		if (draft.timeZone() != null) {
			changes.put("timeZone", draft.timeZone());
		}
		return changes;
	}

	private Team find(TeamId id) {
		return teams.findById(id.value()).orElseThrow(() -> DomainException.notFound("team", id));
	}
}
