package dev.meridian.ticket.internal;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<Message, Long> {

	/**
	 * The languages detected on the ticket's customer messages that came before the given one. The message itself is
	 * excluded by id too: its time in memory may be finer than the stored one, which then compares as earlier.
	 */
	@Query("""
			select distinct m.language from Message m
			where m.ticketId = :ticketId and m.kind = dev.meridian.ticket.MessageKind.INBOUND and m.language is not null
			  and m.id <> :id and (m.createdAt < :createdAt or (m.createdAt = :createdAt and m.id < :id))""")
	List<String> customerLanguagesBefore(long ticketId, java.time.Instant createdAt, long id);

	@EntityGraph(attributePaths = "attachments")
	@Query("select m from Message m where m.ticketId = :ticketId order by m.createdAt, m.id")
	List<Message> conversation(long ticketId);

	@Query("select count(m) from Message m where m.ticketId = :ticketId and m.kind <> dev.meridian.ticket.MessageKind.NOTE")
	long countPublic(long ticketId);
}
