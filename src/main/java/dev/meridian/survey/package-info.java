/**
 * Customer satisfaction (CSAT): an invitation per solved ticket with an unguessable link, the customer's rating on
 * a 1 to 5 scale with an optional comment, and the public page and API that record it. Other modules read ratings
 * through {@link dev.meridian.survey.Surveys} and hear of new ones through {@link dev.meridian.survey.SatisfactionRated}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Survey",
		allowedDependencies = { "ticket", "customer", "identity", "shared" })
package dev.meridian.survey;

import org.jspecify.annotations.NullMarked;
