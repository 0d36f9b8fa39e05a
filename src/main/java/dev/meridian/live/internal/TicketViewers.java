package dev.meridian.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which ticket open and who is typing a reply on it, as this node heard it on the bus. Every node hears
 * the same heartbeats, so every node holds the same picture; a viewer who stops sending them (closed the tab,
 * lost the network) drops out after {@link #VIEW_TTL}, a typist after {@link #TYPING_TTL}.
 */
final class TicketViewers {

	static final Duration VIEW_TTL = Duration.ofSeconds(45);
	static final Duration TYPING_TTL = Duration.ofSeconds(6);

	record Viewer(String agent, String name, boolean typing) {
	}

	private record Seen(String name, Instant seenAt, Instant typingUntil) {
	}

	private final Map<String, Map<String, Seen>> byTicket = new ConcurrentHashMap<>();

	/** Applies a heartbeat ({@code view}, {@code typing}) or a {@code leave}; true when the visible list changed. */
	synchronized boolean apply(String ticket, String agent, String name, String state, Instant now) {
		Map<String, Seen> viewers = byTicket.computeIfAbsent(ticket, t -> new ConcurrentHashMap<>());
		Seen before = viewers.get(agent);
		boolean wasTyping = before != null && before.typingUntil().isAfter(now);
		switch (state) {
			case "leave" -> {
				viewers.remove(agent);
				if (viewers.isEmpty()) {
					byTicket.remove(ticket);
				}
				return before != null;
			}
			case "typing" -> viewers.put(agent, new Seen(name, now, now.plus(TYPING_TTL)));
			case "idle" -> viewers.put(agent, new Seen(name, now, now));
			default -> viewers.put(agent, new Seen(name, now, before == null ? now : before.typingUntil()));
		}
		boolean typing = viewers.get(agent).typingUntil().isAfter(now);
		return before == null || wasTyping != typing || !before.name().equals(name);
	}

	synchronized List<Viewer> of(String ticket, Instant now) {
		Map<String, Seen> viewers = byTicket.getOrDefault(ticket, Map.of());
		List<Viewer> list = new ArrayList<>();
		viewers.forEach((agent, seen) -> list.add(new Viewer(agent, seen.name(), seen.typingUntil().isAfter(now))));
		list.sort(Comparator.comparing(Viewer::name).thenComparing(Viewer::agent));
		return list;
	}

	/** Drops viewers who went quiet and ends typing that stopped; returns the tickets whose list changed. */
	synchronized Set<String> expire(Instant now, Instant lastSweep) {
		Set<String> changed = new LinkedHashSet<>();
		byTicket.forEach((ticket, viewers) -> {
			if (viewers.entrySet().removeIf(e -> e.getValue().seenAt().plus(VIEW_TTL).isBefore(now))) {
				changed.add(ticket);
			}
			for (Seen seen : viewers.values()) {
				if (seen.typingUntil().isAfter(lastSweep) && !seen.typingUntil().isAfter(now)) {
					changed.add(ticket);
				}
			}
		});
		byTicket.values().removeIf(Map::isEmpty);
		return changed;
	}
}
