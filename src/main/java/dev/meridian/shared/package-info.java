/**
 * The tiny kernel every module may use: the domain error type, cursor pagination values, the audit event, and
 * language tags with the fallback chain that picks a text per language.
 * No entities, no state.
 */
@NullMarked
package dev.meridian.shared;

import org.jspecify.annotations.NullMarked;
