package dev.meridian.ticket.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	@Query("select distinct t.language from Ticket t where t.language is not null order by t.language")
	List<String> languages();

	/**
	 * Per assignee: unsolved tickets, and of them the new or open chats (live chats). The statuses are listed, not
	 * excluded: {@code status not in (solved, closed)} reads every ticket an agent ever had, years of them, while
	 * the index of assigned unsolved tickets holds a few per agent. Every assignee at once, without a list of ids as
	 * a parameter: a query with such a list is translated to SQL afresh on every call, and this one runs for every
	 * routing decision.
	 */
	@Query("""
			select t.assigneeId, count(t),
			       sum(case when t.channel = dev.meridian.ticket.Channel.CHAT
			                 and t.status in (dev.meridian.ticket.TicketStatus.NEW, dev.meridian.ticket.TicketStatus.OPEN)
			                then 1 else 0 end)
			from Ticket t
			where t.assigneeId is not null
			  and t.status in (dev.meridian.ticket.TicketStatus.NEW, dev.meridian.ticket.TicketStatus.OPEN,
			                   dev.meridian.ticket.TicketStatus.PENDING, dev.meridian.ticket.TicketStatus.ON_HOLD)
			group by t.assigneeId""")
	List<Object[]> workload();
}
