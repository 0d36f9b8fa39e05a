package dev.meridian.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Fields to create or change on an agent; a null field is left as it is. */
public record AgentDraft(@Nullable String name, @Nullable String email, @Nullable String password,
		@Nullable String role, @Nullable List<String> teams, @Nullable List<String> languages,
		@Nullable List<String> skills, @Nullable Integer tier, @Nullable String timeZone, @Nullable String locale,
		@Nullable Integer capacity, @Nullable String status, @Nullable Boolean enabled) {

	public static AgentDraft empty() {
		return new AgentDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}
}
