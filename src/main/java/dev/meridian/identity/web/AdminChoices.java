package dev.meridian.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.meridian.shared.LanguageTag;

/**
 * The fixed choices the admin forms offer: marketplaces, customer languages, UI languages and time zones.
 * Values outside these lists (set through the API) are still shown and kept, never silently dropped.
 */
final class AdminChoices {

	static final List<String> MARKETPLACES = List.of("amazon-us", "amazon-de", "amazon-jp", "amazon-uk", "amazon-fr",
			"amazon-es", "amazon-it", "ebay-us", "ebay-de", "shopify");

	static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-TW", "ja", "ko", "de", "fr", "es", "it", "pt",
			"nl", "pl", "sv", "ru", "ar", "tr", "th", "vi", "id");

	/** IANA region zones only: the legacy aliases (US/Pacific, SystemV/…, Etc/GMT+5) only confuse a picker. */
	private static final Pattern REGION_ZONE = Pattern
		.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_\\-/]+");

	private static final Map<String, List<String>> ZONES_BY_REGION = zonesByRegion();

	private AdminChoices() {
	}

	/** An option of a select or a checkbox list. */
	record Choice(String value, String label) {
	}

	/** A group of time zones under its region, for an {@code <optgroup>}. */
	record ZoneGroup(String region, List<Choice> zones) {
	}

	static List<ZoneGroup> zones(Instant now, String... alsoKeep) {
		List<ZoneGroup> groups = new ArrayList<>();
		groups.add(new ZoneGroup("UTC", List.of(zone("UTC", now))));
		ZONES_BY_REGION.forEach((region, ids) -> groups
			.add(new ZoneGroup(region, ids.stream().map(id -> zone(id, now)).toList())));
		List<Choice> others = new ArrayList<>();
		for (String keep : alsoKeep) {
			if (!keep.isBlank() && !keep.equals("UTC") && !REGION_ZONE.matcher(keep).matches()) {
				others.add(new Choice(keep, keep));
			}
		}
		if (!others.isEmpty()) {
			groups.add(0, new ZoneGroup("", others));
		}
		return groups;
	}

	private static Choice zone(String id, Instant now) {
		return new Choice(id, id.equals("UTC") ? id : id.replace('_', ' ') + " (" + offset(ZoneId.of(id), now) + ")");
	}

	/** "UTC+08:00", "UTC-03:30", "UTC+00:00": the offset in force at {@code now}, daylight saving included. */
	static String offset(ZoneId zone, Instant now) {
		ZoneOffset offset = zone.getRules().getOffset(now);
		return "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
	}

	/** Customer languages by their names in the viewer's language, with the ones the agent has beyond the list. */
	static List<Choice> languages(Locale viewer, List<String> alsoKeep) {
		List<Choice> choices = new ArrayList<>();
		for (String tag : LANGUAGES) {
			choices.add(new Choice(tag, languageName(tag, viewer)));
		}
		for (String tag : alsoKeep) {
			if (!LANGUAGES.contains(tag)) {
				choices.add(new Choice(tag, languageName(tag, viewer)));
			}
		}
		return choices;
	}

	/** Chinese is named by script (Simplified, Traditional), the way support teams speak of it, not by region. */
	static String languageName(String tag, Locale viewer) {
		String name = LanguageTag.displayName(tag, viewer);
		return name.isBlank() ? tag : name;
	}

	/** UI languages, each named in itself so that anyone can find their own. */
	static List<Choice> uiLocales(List<String> supported, String alsoKeep) {
		List<Choice> choices = new ArrayList<>();
		for (String tag : supported) {
			choices.add(new Choice(tag, languageName(tag, Locale.forLanguageTag(tag))));
		}
		if (!alsoKeep.isBlank() && !supported.contains(alsoKeep)) {
			choices.add(new Choice(alsoKeep, languageName(alsoKeep, Locale.forLanguageTag(alsoKeep))));
		}
		return choices;
	}

	private static Map<String, List<String>> zonesByRegion() {
		Map<String, List<String>> byRegion = new LinkedHashMap<>();
		for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
			if (REGION_ZONE.matcher(id).matches()) {
				byRegion.computeIfAbsent(id.substring(0, id.indexOf('/')), r -> new ArrayList<>()).add(id);
			}
		}
		byRegion.replaceAll((region, ids) -> List.copyOf(ids));
		return byRegion;
	}
}
