package dev.meridian.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.*;
import java.util.regex.Pattern;

import dev.meridian.identity.*;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import jakarta.persistence.*;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A user of Meridian. Every user is an agent; the role says what they may do. */
@Entity
@Table(name = "agent")
public class Agent {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private int tier = 1;

	private String timeZone;

	private String locale;

	private int capacity;

	@Enumerated(EnumType.STRING)
	private AgentStatus status = AgentStatus.OFFLINE;

	private boolean enabled = true;

	// Loading all agents (routing, the admin list) fetches each collection for up to this many agents at once.
	@ManyToMany
	@BatchSize(size = 256)
	@JoinTable(name = "agent_team", joinColumns = @JoinColumn(name = "agent_id"),
			inverseJoinColumns = @JoinColumn(name = "team_id"))
	private Set<Team> teams = new HashSet<>();

	@ElementCollection
	@BatchSize(size = 256)
	@CollectionTable(name = "agent_language", joinColumns = @JoinColumn(name = "agent_id"))
	@Column(name = "language")
	private Set<String> languages = new TreeSet<>();

	@ElementCollection
	@BatchSize(size = 256)
	@CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_id"))
	@Column(name = "skill")
	private Set<String> skills = new TreeSet<>();

	private boolean autoTranslate;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected Agent() {
	}

	public Agent(String name, String email, Role role, Instant now) {
		rename(name);
		changeEmail(email);
		this.role = role;
		this.timeZone = "UTC";
		this.locale = "en";
		this.capacity = 10;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void rename(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw DomainException.ruleBroken("agent.invalid_name", "an agent needs a name of 1 to 200 characters");
		}
		this.name = trimmed;
	}

	public void changeEmail(String email) {
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		if (!EMAIL.matcher(normalized).matches() || normalized.length() > 320) {
			throw DomainException.ruleBroken("agent.invalid_email", "'" + email + "' is not an email address");
		}
		this.email = normalized;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** Whether the ticket view translates messages in other languages into the agent's own without being asked. */
	public boolean autoTranslates() {
		return autoTranslate;
	}

	public void autoTranslate(boolean on) {
		this.autoTranslate = on;
	}

	public void changeRole(Role role) {
		this.role = role;
	}

	public void changeTier(int tier) {
		if (tier < 1 || tier > 3) {
			throw DomainException.ruleBroken("agent.invalid_tier", "tier must be 1, 2 or 3");
		}
		this.tier = tier;
	}

	public void changeTimeZone(String zone) {
		this.timeZone = Team.Zones.parse(zone).getId();
	}

	public void changeLocale(String tag) {
		Locale parsed = Locale.forLanguageTag(tag.trim());
		if (parsed.getLanguage().isEmpty() || parsed.toLanguageTag().length() > LanguageTag.MAX_LENGTH) {
			throw DomainException.ruleBroken("agent.invalid_locale", "'" + tag + "' is not a language tag such as en or zh-CN");
		}
		this.locale = parsed.toLanguageTag();
	}

	public void changeCapacity(int capacity) {
		if (capacity < 0 || capacity > 1000) {
			throw DomainException.ruleBroken("agent.invalid_capacity", "capacity must be between 0 and 1000");
		}
		this.capacity = capacity;
	}

	public void changeStatus(AgentStatus status) {
		if (!enabled && status != AgentStatus.OFFLINE) {
			throw DomainException.ruleBroken("agent.disabled", "a disabled agent cannot go " + status.key());
		}
		this.status = status;
	}

	public void enable(boolean enabled) {
		this.enabled = enabled;
		if (!enabled) {
			this.status = AgentStatus.OFFLINE;
		}
	}

	public void joinOnly(Collection<Team> teams) {
		this.teams.clear();
		this.teams.addAll(teams);
	}

	public void speak(Collection<String> languageTags) {
		this.languages.clear();
		for (String tag : languageTags) {
			this.languages.add(LanguageTag.normalize(tag));
		}
	}

	public void haveSkills(Collection<String> skills) {
		this.skills.clear();
		for (String skill : skills) {
			String normalized = skill.trim().toLowerCase(Locale.ROOT);
			if (!SKILL.matcher(normalized).matches()) {
				throw DomainException.ruleBroken("agent.invalid_skill",
						"skill '" + skill + "' must be a short lowercase word such as refunds or amazon");
			}
			this.skills.add(normalized);
		}
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public String email() {
		return email;
	}

	public @Nullable String passwordHash() {
		return passwordHash;
	}

	public AgentView view() {
		return new AgentView(new AgentId(id), name, email, role,
				teams.stream().map(t -> new TeamId(t.id())).sorted(Comparator.comparingLong(TeamId::value)).toList(),
				languages.stream().sorted().toList(), skills.stream().sorted().toList(), tier, ZoneId.of(timeZone),
				Locale.forLanguageTag(locale), capacity, status, enabled, createdAt, updatedAt);
	}
}
