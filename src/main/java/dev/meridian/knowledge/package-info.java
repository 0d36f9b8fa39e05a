/**
 * Knowledge: articles per brand, internal SOPs for agents and public help-centre pages, each with one translation per
 * language, a revision number per translation and a text search; agents get them in the customer's language through
 * the same fallback chain as macros ({@link dev.meridian.shared.LanguageFallback}).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge",
		allowedDependencies = { "ticket", "customer", "identity", "shared" })
package dev.meridian.knowledge;

import org.jspecify.annotations.NullMarked;
