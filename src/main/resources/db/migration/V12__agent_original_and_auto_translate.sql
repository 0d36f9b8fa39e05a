-- Issue 7, point 3. A reply the agent wrote in their own language and sent translated keeps the agent's words and
-- their language beside the text that went to the customer; agents see it, customers never do. Each agent chooses
-- whether the ticket view translates foreign messages into their language by itself.
alter table message add column agent_original_text varchar(1000000);
alter table message add column agent_original_language varchar(35);
alter table agent add column auto_translate boolean default false not null;
