-- Routing counts each candidate's unsolved tickets on every decision. The (assignee, status) index reaches them
-- only through every status of every agent, and the planner, which sees many new unassigned tickets, prefers the
-- status index and reads all of those. This index holds only assigned unsolved tickets: a few per agent, whatever
-- the history holds. PostgreSQL only (H2 has no partial indexes; V26 there is the plain index).
create index ix_ticket_active_by_assignee on ticket (assignee_id, status, channel)
    where assignee_id is not null and status in ('NEW', 'OPEN', 'PENDING', 'ON_HOLD');
