package dev.meridian.identity;

import static dev.meridian.identity.Permission.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import dev.meridian.shared.DomainException;

/**
 * The roles and what each may do. Leads see the audit trail and own quality inspection (scorecards, inspection
 * rules, sampling plans), since QA is run by the people who coach the agents; reviewers read conversations and
 * leave internal notes but never write to customers; only admins change brands, teams and agents. An
 * integration account (a mail server's pipe, for example) may only hand inbound mail to a mailbox.
 */
public enum Role {
	ADMIN(EnumSet.allOf(Permission.class)),
	LEAD(EnumSet.of(TICKET_READ, TICKET_WRITE, TICKET_NOTE, TICKET_MERGE, CUSTOMER_READ, CUSTOMER_WRITE,
			DIRECTORY_READ, AUDIT_READ, QUALITY_CONFIGURE)),
	AGENT(EnumSet.of(TICKET_READ, TICKET_WRITE, TICKET_NOTE, TICKET_MERGE, CUSTOMER_READ, CUSTOMER_WRITE,
			DIRECTORY_READ)),
	REVIEWER(EnumSet.of(TICKET_READ, TICKET_NOTE, CUSTOMER_READ, DIRECTORY_READ)),
	INTEGRATION(EnumSet.of(MAIL_INBOUND));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public boolean may(Permission permission) {
		return permissions.contains(permission);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Role parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("agent.invalid_role", "role must be one of admin, lead, agent, reviewer, integration");
		}
	}
}
