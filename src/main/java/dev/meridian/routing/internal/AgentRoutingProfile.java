package dev.meridian.routing.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.sla.OpeningHours;
import dev.meridian.shared.DomainException;
import jakarta.persistence.*;

/** Routing's part of an agent's profile: weekly working hours in the agent's zone and concurrent-chat capacity. */
@Entity
@Table(name = "routing_agent_profile")
public class AgentRoutingProfile {

	static final int MAX_INTERVALS = 28;

	/** The week an agent works until their hours are entered: Monday to Friday, 09:00 to 18:00 in their zone. */
	public static final List<OpeningHours> DEFAULT_HOURS = java.util.stream.Stream
		.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
		.map(day -> new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)))
		.toList();

	public static final int DEFAULT_CHAT_CAPACITY = 3;

	@Id
	private Long agentId;

	private int chatCapacity;

	@ElementCollection
	@CollectionTable(name = "routing_working_hours", joinColumns = @JoinColumn(name = "agent_id"))
	@OrderColumn(name = "position")
	private List<Hours> hours = new ArrayList<>();

	private Instant updatedAt;

	@Version
	private int version;

	protected AgentRoutingProfile() {
	}

	public AgentRoutingProfile(long agentId, Instant now) {
		this.agentId = agentId;
		this.chatCapacity = DEFAULT_CHAT_CAPACITY;
		this.hours.addAll(DEFAULT_HOURS.stream().map(Hours::new).toList());
		this.updatedAt = now;
	}

	public void work(List<OpeningHours> workingHours, Instant now) {
		if (workingHours.size() > MAX_INTERVALS) {
			throw DomainException.ruleBroken("routing.too_many_hours",
					"working hours have at most " + MAX_INTERVALS + " intervals");
		}
		for (OpeningHours h : workingHours) {
			if (h.day() == null || h.opens() == null || h.closes() == null) {
				throw DomainException.malformed("routing.invalid_hours", "each interval needs a day, a start and an end");
			}
		}
		hours.clear();
		workingHours.stream()
			.sorted(java.util.Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
			.map(Hours::new)
			.forEach(hours::add);
		this.updatedAt = now;
	}

	public void takeChats(int capacity, Instant now) {
		if (capacity < 0 || capacity > 50) {
			throw DomainException.ruleBroken("routing.invalid_chat_capacity", "chat capacity must be between 0 and 50");
		}
		this.chatCapacity = capacity;
		this.updatedAt = now;
	}

	public long agentId() {
		return agentId;
	}

	public int chatCapacity() {
		return chatCapacity;
	}

	public List<OpeningHours> workingHours() {
		return hours.stream().map(Hours::view).toList();
	}

	@Embeddable
	public static class Hours {

		@Enumerated(EnumType.STRING)
		private DayOfWeek dayOfWeek;

		private LocalTime startsAt;

		private LocalTime endsAt;

		protected Hours() {
		}

		Hours(OpeningHours hours) {
			this.dayOfWeek = hours.day();
			this.startsAt = hours.opens();
			this.endsAt = hours.closes();
		}

		OpeningHours view() {
			return new OpeningHours(dayOfWeek, startsAt, endsAt);
		}
	}
}
