-- Language detection (issue 7). Each inbound message keeps how sure the detector was of its language, and a ticket
-- remembers whether an agent chose its language, so that detection does not undo the agent's correction.
alter table message add column language_confidence double precision;
alter table ticket add column language_by_agent boolean default false not null;
