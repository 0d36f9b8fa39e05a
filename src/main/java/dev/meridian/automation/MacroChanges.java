package dev.meridian.automation;

import java.util.List;

import dev.meridian.identity.TeamId;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;

/** The field changes a macro makes to the ticket it is applied to; null fields and empty lists change nothing. */
public record MacroChanges(@Nullable TicketStatus status, @Nullable Priority priority, List<String> addTags,
		List<String> removeTags, @Nullable TeamId team) {

	public MacroChanges {
		addTags = List.copyOf(addTags);
		removeTags = List.copyOf(removeTags);
	}

	public static MacroChanges none() {
		return new MacroChanges(null, null, List.of(), List.of(), null);
	}

	public boolean isEmpty() {
		return status == null && priority == null && addTags.isEmpty() && removeTags.isEmpty() && team == null;
	}
}
