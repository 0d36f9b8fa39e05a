package dev.meridian.ticket.internal;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<Message, Long> {

	@EntityGraph(attributePaths = "attachments")
	@Query("select m from Message m where m.ticketId = :ticketId order by m.createdAt, m.id")
	List<Message> conversation(long ticketId);

	@Query("select count(m) from Message m where m.ticketId = :ticketId and m.kind <> dev.meridian.ticket.MessageKind.NOTE")
	long countPublic(long ticketId);
}
