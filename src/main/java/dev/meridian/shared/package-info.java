/**
 * The tiny kernel every module may use: the domain error type, cursor pagination values and the audit event.
 * No entities, no state.
 */
@NullMarked
package dev.meridian.shared;

import org.jspecify.annotations.NullMarked;
