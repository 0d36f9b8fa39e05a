package dev.meridian.ticket.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.*;
import jakarta.persistence.*;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A conversation with a customer. It guards its own lifecycle: only the transitions of
 * {@link TicketStatus#next()} are allowed, a customer's reply reopens a solved ticket, and a closed ticket
 * takes no more messages.
 */
@Entity
@Table(name = "ticket")
@Indexed(index = "ticket")
@TypeBinding(binder = @TypeBinderRef(type = TicketDocument.class))
public class Ticket {

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.:-]{0,49}");
	static final int MAX_TAGS = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long number;

	private String subject;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	@Convert(converter = PriorityConverter.class)
	private Priority priority;

	private long brandId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private long customerId;

	private @Nullable Long assigneeId;

	private @Nullable Long teamId;

	private @Nullable String language;

	private boolean languageByAgent;

	private @Nullable Long followUpOf;

	private @Nullable Long mergedInto;

	private @Nullable Long splitFrom;

	/**
	 * Loaded with the ticket: every view of a ticket shows them. Loading a ticket by id joins them in (without, each
	 * of the several transactions that handle a new message read them in a query of their own); lists load them
	 * in batches.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.JOIN)
	@CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
	@Column(name = "tag")
	private Set<String> tags = new TreeSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant firstReplyAt;

	private @Nullable Instant solvedAt;

	private @Nullable Instant closedAt;

	private @Nullable Instant nextDueAt;

	@Version
	private int version;

	protected Ticket() {
	}

	public Ticket(long number, String subject, BrandId brand, Channel channel, CustomerId customer, Priority priority,
			Instant createdAt) {
		this.number = number;
		this.subject = tidySubject(subject);
		this.status = TicketStatus.NEW;
		this.priority = priority;
		this.brandId = brand.value();
		this.channel = channel;
		this.customerId = customer.value();
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public void rename(String subject, Instant now) {
		this.subject = tidySubject(subject);
		updatedAt = now;
	}

	private static String tidySubject(String subject) {
		String trimmed = subject.strip().replaceAll("\\s+", " ");
		if (trimmed.isEmpty()) {
			trimmed = "(no subject)";
		}
		return trimmed.length() > 500 ? trimmed.substring(0, 500) : trimmed;
	}

	/** Moves to {@code target}, or fails with {@code ticket.invalid_transition}. */
	public TicketStatus changeStatus(TicketStatus target, Instant now) {
		TicketStatus from = status;
		if (from == target) {
			return from;
		}
		if (!from.canMoveTo(target)) {
			throw DomainException.ruleBroken("ticket.invalid_transition",
					"a " + from.key() + " ticket cannot become " + target.key() + "; allowed: "
							+ String.join(", ", from.next().stream().map(TicketStatus::key).toList()));
		}
		enter(target, now);
		return from;
	}

	private void enter(TicketStatus target, Instant now) {
		if (target == TicketStatus.SOLVED) {
			solvedAt = now;
		}
		else if (target == TicketStatus.CLOSED) {
			closedAt = now;
		}
		else if (status == TicketStatus.SOLVED) {
			solvedAt = null;
		}
		status = target;
		updatedAt = now;
	}

	/**
	 * Records that the customer wrote: a pending, on-hold or solved ticket opens again. A closed ticket refuses;
	 * the caller opens a follow-up instead.
	 */
	public TicketStatus customerWrote(Instant at) {
		requireNotClosed();
		TicketStatus from = status;
		if (status == TicketStatus.PENDING || status == TicketStatus.ON_HOLD || status == TicketStatus.SOLVED) {
			enter(TicketStatus.OPEN, at);
		}
		updatedAt = later(updatedAt, at);
		return from;
	}

	/** Records a reply to the customer: the first one sets the first-reply time, and a new ticket is now open. */
	public TicketStatus agentReplied(Instant at) {
		requireNotClosed();
		TicketStatus from = status;
		if (firstReplyAt == null) {
			firstReplyAt = at;
		}
		if (status == TicketStatus.NEW) {
			enter(TicketStatus.OPEN, at);
		}
		updatedAt = later(updatedAt, at);
		return from;
	}

	public void noted(Instant at) {
		updatedAt = later(updatedAt, at);
	}

	/** Assigning a new ticket opens it: someone is now working on it. */
	public TicketStatus assign(@Nullable AgentId agent, Instant now) {
		requireNotClosed();
		TicketStatus from = status;
		this.assigneeId = agent == null ? null : agent.value();
		if (agent != null && status == TicketStatus.NEW) {
			enter(TicketStatus.OPEN, now);
		}
		updatedAt = now;
		return from;
	}

	public void moveToTeam(@Nullable TeamId team, Instant now) {
		requireNotClosed();
		this.teamId = team == null ? null : team.value();
		updatedAt = now;
	}

	public void prioritize(Priority priority, Instant now) {
		requireNotClosed();
		this.priority = priority;
		updatedAt = now;
	}

	public void retag(Collection<String> newTags, Instant now) {
		requireNotClosed();
		Set<String> normalized = new TreeSet<>();
		for (String tag : newTags) {
			String t = tag.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
			if (!TAG.matcher(t).matches()) {
				throw DomainException.ruleBroken("ticket.invalid_tag",
						"tag '" + tag + "' must be 1 to 50 letters, digits, '-', '_', '.' or ':'");
			}
			normalized.add(t);
		}
		if (normalized.size() > MAX_TAGS) {
			throw DomainException.ruleBroken("ticket.too_many_tags", "a ticket has at most " + MAX_TAGS + " tags");
		}
		tags.clear();
		tags.addAll(normalized);
		updatedAt = now;
	}

	/** The language detected in the customer's latest message that counted; it replaces an agent's choice. */
	public void speak(String languageTag) {
		this.language = languageTag;
		this.languageByAgent = false;
	}

	/** An agent's correction of the ticket's language; null hands the ticket back to detection. */
	public void chooseLanguage(@Nullable String languageTag, Instant now) {
		this.language = languageTag;
		this.languageByAgent = languageTag != null;
		updatedAt = now;
	}

	public void followUpOf(Ticket previous) {
		this.followUpOf = previous.id;
		if (assigneeId == null) {
			assigneeId = previous.assigneeId;
		}
		teamId = previous.teamId;
	}

	public void splitFrom(Ticket source) {
		this.splitFrom = source.id;
		this.assigneeId = source.assigneeId;
		this.teamId = source.teamId;
		this.priority = source.priority;
		this.language = source.language;
		this.languageByAgent = source.languageByAgent;
	}

	/** Closes this ticket as merged into {@code target}; its tags join the target's. */
	public void mergeInto(Ticket target, Instant now) {
		if (target.id.equals(id)) {
			throw DomainException.ruleBroken("ticket.merge_into_itself", "a ticket cannot be merged into itself");
		}
		requireNotClosed();
		if (target.status == TicketStatus.CLOSED) {
			throw DomainException.ruleBroken("ticket.merge_into_closed",
					"ticket #" + target.number + " is closed and cannot take more messages");
		}
		Set<String> union = new TreeSet<>(target.tags);
		union.addAll(tags);
		if (union.size() <= MAX_TAGS) {
			target.tags.clear();
			target.tags.addAll(union);
		}
		mergedInto = target.id;
		enter(TicketStatus.CLOSED, now);
		target.updatedAt = now;
	}

	/**
	 * The earliest time a service-level target of this ticket falls due, as the module that keeps the targets
	 * computes it; null while no target runs. It is not a change of the ticket, so {@code updatedAt} stays.
	 */
	public void dueBy(@Nullable Instant nextDueAt) {
		this.nextDueAt = nextDueAt;
	}

	public boolean isClosed() {
		return status == TicketStatus.CLOSED;
	}

	private void requireNotClosed() {
		if (status == TicketStatus.CLOSED) {
			throw DomainException.ruleBroken("ticket.closed", "ticket #" + number + " is closed and cannot change");
		}
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	public Long id() {
		return id;
	}

	public long number() {
		return number;
	}

	public TicketStatus status() {
		return status;
	}

	public TicketView view() {
		return new TicketView(new TicketId(id), number, subject, status, priority, new BrandId(brandId), channel,
				new CustomerId(customerId), assigneeId == null ? null : new AgentId(assigneeId),
				teamId == null ? null : new TeamId(teamId), tags.stream().sorted().toList(), language,
				languageByAgent, followUpOf == null ? null : new TicketId(followUpOf), mergedInto == null ? null : new TicketId(mergedInto),
				splitFrom == null ? null : new TicketId(splitFrom), createdAt, updatedAt, firstReplyAt, solvedAt,
				closedAt, nextDueAt);
	}
}
