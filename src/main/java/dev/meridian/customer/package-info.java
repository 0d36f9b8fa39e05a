/**
 * The buyers who write to the seller: one customer, many identities (email addresses, marketplace buyer ids,
 * chat visitor ids), so that every channel finds the same person.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package dev.meridian.customer;

import org.jspecify.annotations.NullMarked;
