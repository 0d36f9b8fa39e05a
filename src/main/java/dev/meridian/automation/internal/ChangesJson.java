package dev.meridian.automation.internal;

import java.util.List;

import dev.meridian.automation.MacroChanges;
import dev.meridian.identity.TeamId;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** How a macro's field changes are stored: a small JSON object of strings, readable in the database. */
public final class ChangesJson {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	record Stored(@Nullable String status, @Nullable String priority, @Nullable List<String> addTags,
			@Nullable List<String> removeTags, @Nullable String team) {
	}

	private ChangesJson() {
	}

	public static String write(MacroChanges changes) {
		return JSON.writeValueAsString(new Stored(changes.status() == null ? null : changes.status().key(),
				changes.priority() == null ? null : changes.priority().key(), changes.addTags(), changes.removeTags(),
				changes.team() == null ? null : changes.team().toString()));
	}

	public static MacroChanges read(String json) {
		Stored s = JSON.readValue(json, Stored.class);
		return new MacroChanges(s.status() == null ? null : TicketStatus.parse(s.status()),
				s.priority() == null ? null : Priority.parse(s.priority()),
				s.addTags() == null ? List.of() : s.addTags(), s.removeTags() == null ? List.of() : s.removeTags(),
				s.team() == null ? null : TeamId.parse(s.team()));
	}
}
