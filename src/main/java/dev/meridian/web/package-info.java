/**
 * The UI shell: layout, navigation, sign-in page, language choice and error pages, plus the JSON error
 * contract of the API. No domain logic.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package dev.meridian.web;

import org.jspecify.annotations.NullMarked;
