package dev.meridian.sla;

import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a policy. A null target is not measured. {@code calendar} null means the ticket's
 * team's calendar, or the default calendar. {@code warnPercent} (1 to 99, or 0 for none) is the share of each
 * target after which a warning is raised.
 */
public record SlaPolicyDraft(String name, boolean enabled, SlaConditions conditions,
		@Nullable BusinessCalendarId calendar, int warnPercent, @Nullable SlaTarget firstReply,
		@Nullable SlaTarget nextReply, @Nullable SlaTarget resolution) {
}
