/**
 * Languages: detects the language of every inbound customer message and keeps the ticket's and the customer's
 * language on the latest confident detection; translates texts and messages through the machine translation
 * provider the admin configured, with a cache and per-provider usage metering.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Language",
		allowedDependencies = { "ticket", "customer", "identity", "shared" })
package dev.meridian.language;

import org.jspecify.annotations.NullMarked;
