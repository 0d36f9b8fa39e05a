package dev.meridian.identity.web;

import java.util.ArrayList;
import java.util.List;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Role;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.TypedList;
import org.jspecify.annotations.Nullable;

/**
 * What the agent form posts. Numbers stay text until {@link #toDraft} so that "abc" in a number field comes
 * back as a refused form with the text still in it, not as a binding error page.
 */
class AgentForm {

	private String name = "";
	private String email = "";
	private String password = "";
	private String role = Role.AGENT.key();
	private List<String> teams = new ArrayList<>();
	private List<String> languages = new ArrayList<>();
	private String skills = "";
	private String tier = "1";
	private String timeZone = "UTC";
	private String locale = "en";
	private String capacity = "10";
	private String enabled = "true";

	static AgentForm of(AgentView agent) {
		AgentForm form = new AgentForm();
		form.name = agent.name();
		form.email = agent.email();
		form.role = agent.role().key();
		form.teams = agent.teams().stream().map(TeamId::toString).toList();
		form.languages = agent.languages();
		form.skills = String.join(", ", agent.skills());
		form.tier = Integer.toString(agent.tier());
		form.timeZone = agent.timeZone().getId();
		form.locale = agent.locale().toLanguageTag();
		form.capacity = Integer.toString(agent.capacity());
		form.enabled = Boolean.toString(agent.enabled());
		return form;
	}

	/** The draft to create or update with; the password only on create (edit resets it separately). */
	AgentDraft toDraft(boolean create) {
		return new AgentDraft(name, email, create ? password : null, role, List.copyOf(teams), List.copyOf(languages),
				TypedList.split(skills), number(tier, "agent.invalid_tier", "tier must be 1, 2 or 3"), timeZone,
				locale, number(capacity, "agent.invalid_capacity", "capacity must be between 0 and 1000"), null,
				isEnabled());
	}

	private static Integer number(String text, String code, String message) {
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			throw DomainException.ruleBroken(code, message);
		}
	}

	public boolean isEnabled() {
		return "true".equalsIgnoreCase(enabled) || "on".equalsIgnoreCase(enabled);
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null ? "" : email;
	}

	/** Never rendered back into the page. */
	public String getPassword() {
		return "";
	}

	public void setPassword(@Nullable String password) {
		this.password = password == null ? "" : password;
	}

	public String getRole() {
		return role;
	}

	public void setRole(@Nullable String role) {
		this.role = role == null ? "" : role;
	}

	public List<String> getTeams() {
		return teams;
	}

	public void setTeams(@Nullable List<String> teams) {
		this.teams = teams == null ? new ArrayList<>() : teams;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(@Nullable List<String> languages) {
		this.languages = languages == null ? new ArrayList<>() : languages;
	}

	public String getSkills() {
		return skills;
	}

	public void setSkills(@Nullable String skills) {
		this.skills = skills == null ? "" : skills;
	}

	public String getTier() {
		return tier;
	}

	public void setTier(@Nullable String tier) {
		this.tier = tier == null ? "" : tier;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = timeZone == null ? "" : timeZone;
	}

	public String getLocale() {
		return locale;
	}

	public void setLocale(@Nullable String locale) {
		this.locale = locale == null ? "" : locale;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(@Nullable String capacity) {
		this.capacity = capacity == null ? "" : capacity;
	}

	public String getEnabled() {
		return enabled;
	}

	public void setEnabled(@Nullable String enabled) {
		this.enabled = enabled == null ? "false" : enabled;
	}
}
