package dev.meridian.ticket;

/** The work an agent holds: unsolved tickets assigned to them, and of those the new or open chats. */
public record Workload(long unsolvedTickets, long liveChats) {

	public static final Workload NONE = new Workload(0, 0);
}
