-- Indexes the performance harness (issue 9, docs/performance.md) found missing.
-- The links between tickets (follow-up, merge, split) are foreign keys to ticket itself: without an index,
-- every ticket deleted (erasure, retention) or merged scans the whole ticket table once per link column.
create index ix_ticket_follow_up_of on ticket (follow_up_of);
create index ix_ticket_merged_into on ticket (merged_into);
create index ix_ticket_split_from on ticket (split_from);
