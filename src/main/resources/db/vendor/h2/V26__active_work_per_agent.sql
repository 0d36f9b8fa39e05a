-- The counterpart of PostgreSQL's partial index for routing's workload count (H2 has no partial indexes).
create index ix_ticket_active_by_assignee on ticket (assignee_id, status, channel);
