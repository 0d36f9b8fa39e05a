/**
 * Automation: macros (canned replies with placeholders and field changes, a variant per language), triggers that
 * react to ticket and SLA events or run on time, in-app notifications for agents, and signed outbound webhooks.
 * Every change it makes to a ticket goes through {@code ticket}'s front door under the rule's name.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Automation",
		allowedDependencies = { "ticket", "customer", "identity", "sla", "routing", "survey", "shared" })
package dev.meridian.automation;

import org.jspecify.annotations.NullMarked;
