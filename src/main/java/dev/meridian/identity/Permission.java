package dev.meridian.identity;

/** What a user may do; granted as Spring Security authorities named by {@link #authority()}. */
public enum Permission {
	TICKET_READ("ticket:read"),
	TICKET_WRITE("ticket:write"),
	TICKET_NOTE("ticket:note"),
	TICKET_MERGE("ticket:merge"),
	CUSTOMER_READ("customer:read"),
	CUSTOMER_WRITE("customer:write"),
	DIRECTORY_READ("directory:read"),
	DIRECTORY_WRITE("directory:write"),
	AUDIT_READ("audit:read"),
	/** Configure channels: mailboxes and their connections. */
	CHANNEL_WRITE("channel:write"),
	/** Configure service levels: business calendars and SLA policies. */
	SLA_WRITE("sla:write"),
	/** Hand raw inbound mail to a mailbox, as a mail server's pipe does; nothing else. */
	MAIL_INBOUND("mail:inbound"),
	/** Choose the machine translation provider, set its API key, read its usage. */
	TRANSLATION_CONFIGURE("translation:configure"),
	/** Manage shared macros, triggers and outbound webhooks. */
	AUTOMATION_WRITE("automation:write"),
	/** Configure quality inspection: scorecards, inspection rules, inspection runs over past conversations. */
	QUALITY_CONFIGURE("quality:configure"),
	/** Write knowledge articles (internal SOPs and the public help centre) and their translations. */
	KNOWLEDGE_WRITE("knowledge:write");

	private final String authority;

	Permission(String authority) {
		this.authority = authority;
	}

	public String authority() {
		return authority;
	}
}
