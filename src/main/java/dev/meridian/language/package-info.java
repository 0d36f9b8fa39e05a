/**
 * Languages: detects the language of every inbound customer message and keeps the ticket's and the customer's
 * language on the latest confident detection. Translation providers and locale helpers belong here too.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Language",
		allowedDependencies = { "ticket", "customer", "shared" })
package dev.meridian.language;

import org.jspecify.annotations.NullMarked;
