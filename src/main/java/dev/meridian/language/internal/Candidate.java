package dev.meridian.language.internal;

import org.jspecify.annotations.Nullable;

/**
 * What the detector saw before the policy judged it.
 *
 * @param language the best language as a BCP 47 tag, null when nothing readable was left
 * @param margin how far it is ahead of the second best, 0 to 1
 * @param evidence weighted letters the detector read (see {@link DetectableText})
 */
record Candidate(@Nullable String language, double margin, double evidence) {

	static Candidate nothing() {
		return new Candidate(null, 0, 0);
	}
}
