package dev.meridian.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.identity.internal.Agent;
import dev.meridian.identity.internal.AgentRepository;
import dev.meridian.identity.internal.Team;
import dev.meridian.identity.internal.TeamRepository;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.TableStamp;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who work in Meridian: agents, leads, reviewers and admins. */
@Service
@Transactional
public class Agents {

	static final int MIN_PASSWORD_LENGTH = 10;

	private final AgentRepository agents;
	private final TeamRepository teams;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private volatile @Nullable Roster roster;

	Agents(AgentRepository agents, TeamRepository teams, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.agents = agents;
		this.teams = teams;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every agent, by name. Routing asks for this on every decision, so the list is kept and read again only when
	 * the table's stamp (count, sum of versions, latest update) moved: one aggregate instead of the agents and
	 * their teams, languages and skills. Every change to an agent, its collections included, raises its version,
	 * on whichever node made it, so a kept list is never older than the committed agents.
	 */
	@Transactional(readOnly = true)
	public List<AgentView> all() {
		TableStamp stamp = agents.stamp();
		Roster kept = roster;
		if (kept != null && kept.stamp().equals(stamp)) {
			return kept.agents();
		}
		List<AgentView> all = agents.findAllByOrderByNameAsc().stream().map(Agent::view).toList();
		// Read after the stamp: a change in between makes the next stamp differ, so it costs one more read only.
		roster = new Roster(stamp, all);
		return all;
	}

	private record Roster(TableStamp stamp, List<AgentView> agents) {
	}

	@Transactional(readOnly = true)
	public AgentView get(AgentId id) {
		return find(id).view();
	}

	@Transactional(readOnly = true)
	public Optional<AgentView> byEmail(String email) {
		return agents.findByEmail(email.trim().toLowerCase(java.util.Locale.ROOT)).map(Agent::view);
	}

	@Transactional(readOnly = true)
	public boolean exists(AgentId id) {
		return agents.existsById(id.value());
	}

	/** Whether {@code password} is the agent's current one, e.g. before the agent sets a new one. */
	@Transactional(readOnly = true)
	public boolean passwordMatches(AgentId id, String password) {
		String hash = find(id).passwordHash();
		return hash != null && passwords.matches(password, hash);
	}

	@Transactional(readOnly = true)
	public long count() {
		return agents.count();
	}

	public AgentView create(AgentDraft draft) {
		if (draft.name() == null || draft.email() == null || draft.role() == null) {
			throw DomainException.malformed("agent.fields_required", "an agent needs a name, an email and a role");
		}
		Agent agent = new Agent(draft.name(), draft.email(), Role.parse(draft.role()), clock.instant());
		if (agents.existsByEmail(agent.email())) {
			throw DomainException.conflict("agent.email_taken", "an agent with email " + agent.email() + " exists already");
		}
		apply(agent, draft);
		AgentView view = agents.saveAndFlush(agent).view();
		events.publishEvent(new AuditableChange("agent", view.id().toString(), "created", describe(draft)));
		return view;
	}

	public AgentView update(AgentId id, AgentDraft draft) {
		Agent agent = find(id);
		if (draft.name() != null) {
			agent.rename(draft.name());
		}
		if (draft.email() != null) {
			// Ask before changing: the query would flush the changed agent first and hit the unique index.
			String wanted = draft.email().trim().toLowerCase(java.util.Locale.ROOT);
			if (!wanted.equals(agent.email()) && agents.existsByEmail(wanted)) {
				throw DomainException.conflict("agent.email_taken", "an agent with email " + wanted + " exists already");
			}
			agent.changeEmail(draft.email());
		}
		Role roleBefore = agent.view().role();
		boolean enabledBefore = agent.view().enabled();
		AgentStatus statusBefore = agent.view().status();
		if (draft.role() != null) {
			agent.changeRole(Role.parse(draft.role()));
		}
		apply(agent, draft);
		Instant now = clock.instant();
		agent.touch(now);
		if (agent.view().role() != roleBefore || agent.view().enabled() != enabledBefore || draft.password() != null) {
			events.publishEvent(new AgentAccessChanged(id, agent.email()));
		}
		if (agent.view().status() != statusBefore) {
			events.publishEvent(new AgentStatusChanged(id, statusBefore, agent.view().status(), now));
		}
		events.publishEvent(new AuditableChange("agent", id.toString(), "updated", describe(draft)));
		return agents.saveAndFlush(agent).view();
	}

	/**
	 * Whether the agent has the ticket view translate messages in other languages into their own language by itself
	 * (otherwise a button translates on demand).
	 */
	@Transactional(readOnly = true)
	public boolean autoTranslates(AgentId id) {
		return find(id).autoTranslates();
	}

	/** Turns the agent's automatic translation of foreign messages on or off. */
	public void changeAutoTranslate(AgentId id, boolean on) {
		Agent agent = find(id);
		if (agent.autoTranslates() == on) {
			return;
		}
		agent.autoTranslate(on);
		agent.touch(clock.instant());
		agents.saveAndFlush(agent);
		events.publishEvent(new AuditableChange("agent", id.toString(), "updated",
				Map.of("autoTranslate", String.valueOf(on))));
	}

	private void apply(Agent agent, AgentDraft draft) {
		if (draft.password() != null) {
			if (draft.password().length() < MIN_PASSWORD_LENGTH) {
				throw DomainException.ruleBroken("agent.weak_password",
						"a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
			}
			agent.changePasswordHash(passwords.encode(draft.password()));
		}
		if (draft.teams() != null) {
			List<Team> chosen = draft.teams().stream()
				.map(TeamId::parse)
				.map(teamId -> teams.findById(teamId.value())
					.orElseThrow(() -> DomainException.ruleBroken("agent.unknown_team", "team " + teamId + " does not exist")))
				.toList();
			agent.joinOnly(chosen);
		}
		if (draft.languages() != null) {
			agent.speak(draft.languages());
		}
		if (draft.skills() != null) {
			agent.haveSkills(draft.skills());
		}
		if (draft.tier() != null) {
			agent.changeTier(draft.tier());
		}
		if (draft.timeZone() != null) {
			agent.changeTimeZone(draft.timeZone());
		}
		if (draft.locale() != null) {
			agent.changeLocale(draft.locale());
		}
		if (draft.capacity() != null) {
			agent.changeCapacity(draft.capacity());
		}
		if (draft.enabled() != null) {
			agent.enable(draft.enabled());
		}
		if (draft.status() != null) {
			agent.changeStatus(AgentStatus.parse(draft.status()));
		}
	}

	/** The audit entry never carries the password, only the fact that it changed. */
	private static Map<String, String> describe(AgentDraft draft) {
		Map<String, String> changes = new LinkedHashMap<>();
		putIfSet(changes, "name", draft.name());
		putIfSet(changes, "email", draft.email());
		if (draft.password() != null) {
			changes.put("password", "(changed)");
		}
		putIfSet(changes, "role", draft.role());
		putIfSet(changes, "teams", draft.teams());
		putIfSet(changes, "languages", draft.languages());
		putIfSet(changes, "skills", draft.skills());
		putIfSet(changes, "tier", draft.tier());
		putIfSet(changes, "timeZone", draft.timeZone());
		putIfSet(changes, "locale", draft.locale());
		putIfSet(changes, "capacity", draft.capacity());
		putIfSet(changes, "status", draft.status());
		putIfSet(changes, "enabled", draft.enabled());
		return changes;
	}

	private static void putIfSet(Map<String, String> changes, String field, @org.jspecify.annotations.Nullable Object value) {
		if (value != null) {
			changes.put(field, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
					: String.valueOf(value));
		}
	}

	private Agent find(AgentId id) {
		return agents.findById(id.value()).orElseThrow(() -> DomainException.notFound("agent", id));
	}
}
