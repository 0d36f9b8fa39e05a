/**
 * Seeds a realistic demo on first start when {@code MERIDIAN_DEMO=true}: two brands, three teams around the
 * world, eight agents and a few hundred multilingual conversations, all through the modules' front doors.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "identity", "customer", "ticket", "routing", "shared" })
package dev.meridian.demo;

import org.jspecify.annotations.NullMarked;
