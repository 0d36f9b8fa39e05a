-- OAuth 2 (XOAUTH2) logins for a mailbox's IMAP and SMTP servers (issue 4): the provider, the client, the refresh
-- token Meridian trades for access tokens (client secret and refresh token encrypted like passwords), and the
-- provider's answer when it last refused the grant, so that a revoked consent is shown and not retried at once.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table mailbox add column imap_oauth_provider varchar(20);
alter table mailbox add column imap_oauth_token_url varchar(2000);
alter table mailbox add column imap_oauth_tenant varchar(100);
alter table mailbox add column imap_oauth_client_id varchar(500);
alter table mailbox add column imap_oauth_client_secret varchar(4000);
alter table mailbox add column imap_oauth_refresh_token varchar(8000);
alter table mailbox add column imap_oauth_scope varchar(1000);
alter table mailbox add column imap_oauth_refused varchar(2000);
alter table mailbox add column imap_oauth_refused_at timestamp(6) with time zone;
alter table mailbox add column smtp_oauth_provider varchar(20);
alter table mailbox add column smtp_oauth_token_url varchar(2000);
alter table mailbox add column smtp_oauth_tenant varchar(100);
alter table mailbox add column smtp_oauth_client_id varchar(500);
alter table mailbox add column smtp_oauth_client_secret varchar(4000);
alter table mailbox add column smtp_oauth_refresh_token varchar(8000);
alter table mailbox add column smtp_oauth_scope varchar(1000);
alter table mailbox add column smtp_oauth_refused varchar(2000);
alter table mailbox add column smtp_oauth_refused_at timestamp(6) with time zone;
