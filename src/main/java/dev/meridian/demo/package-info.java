/**
 * Seeds a realistic demo on first start when {@code MERIDIAN_DEMO=true}: two brands, three teams around the
 * world, eight agents, a few hundred multilingual conversations and a few quality re-reviews with an open dispute,
 * satisfaction ratings good and bad with a low-rating sampling plan, and knowledge articles in four languages, all
 * through the modules' front doors.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "identity", "customer", "ticket", "routing", "quality", "survey", "knowledge", "shared" })
package dev.meridian.demo;

import org.jspecify.annotations.NullMarked;
