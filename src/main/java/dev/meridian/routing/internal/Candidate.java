package dev.meridian.routing.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.meridian.routing.Presence;
import dev.meridian.routing.Tier;
import dev.meridian.sla.OpeningHours;
import dev.meridian.ticket.Workload;

/** An agent as routing weighs them for one decision: who they are, when they work, what they hold now. */
public record Candidate(long id, Set<Long> teams, List<String> languages, Set<String> skills, Tier tier, ZoneId zone,
		List<OpeningHours> hours, Presence presence, int ticketCapacity, int chatCapacity, Workload load) {

	public Candidate {
		teams = Set.copyOf(teams);
		languages = List.copyOf(languages);
		skills = Set.copyOf(skills);
		hours = List.copyOf(hours);
	}

	public long openTickets() {
		return load.unsolvedTickets() - load.liveChats();
	}

	public boolean hasRoomFor(boolean chat) {
		return chat ? load.liveChats() < chatCapacity : openTickets() < ticketCapacity;
	}

	public long weightedLoad(int chatWeight) {
		return openTickets() + (long) chatWeight * load.liveChats();
	}

	public Candidate withLoad(Workload load) {
		return new Candidate(id, teams, languages, skills, tier, zone, hours, presence, ticketCapacity, chatCapacity, load);
	}

	public Candidate withSkills(Set<String> skills) {
		return new Candidate(id, teams, languages, skills, tier, zone, hours, presence, ticketCapacity, chatCapacity, load);
	}

	public Candidate withTier(Tier tier) {
		return new Candidate(id, teams, languages, skills, tier, zone, hours, presence, ticketCapacity, chatCapacity, load);
	}

	public Candidate withPresence(Presence presence) {
		return new Candidate(id, teams, languages, skills, tier, zone, hours, presence, ticketCapacity, chatCapacity, load);
	}
}
