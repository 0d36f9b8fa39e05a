-- IMAP IDLE (issue 4). One node of a cluster keeps the IDLE connection of a mailbox: it holds a lease that it
-- renews while the connection lives; another node takes over once the lease has run out. After the server did
-- not offer IDLE, or IDLE kept failing, nobody tries it again before imap_idle_retry_after: the mailbox is polled.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table mailbox add column imap_idle_node varchar(200);
alter table mailbox add column imap_idle_until timestamp(6) with time zone;
alter table mailbox add column imap_idle_retry_after timestamp(6) with time zone;
