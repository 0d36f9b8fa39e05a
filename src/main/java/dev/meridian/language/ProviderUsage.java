package dev.meridian.language;

/**
 * One provider's metered use over a period.
 *
 * @param requests calls made to the provider, failed ones included
 * @param failures calls that brought no translation
 * @param characters characters (Unicode code points) of the texts translated successfully: what providers bill
 * @param cacheHits translations this provider made earlier that were served again from the cache without a call
 */
public record ProviderUsage(String provider, long requests, long failures, long characters, long cacheHits) {
}
