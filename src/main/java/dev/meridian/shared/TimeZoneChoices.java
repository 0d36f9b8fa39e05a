package dev.meridian.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The time zones a form offers, grouped by IANA region and labelled with the offset in force now, for every
 * module's admin pages (teams, agents, business calendars). A zone outside the list that a record already has
 * (set through the API) is still offered, so saving a form never silently changes it.
 */
public final class TimeZoneChoices {

	/** IANA region zones only: the legacy aliases (US/Pacific, SystemV/…, Etc/GMT+5) only confuse a picker. */
	private static final Pattern REGION_ZONE = Pattern
		.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_\\-/]+");

	private static final Map<String, List<String>> ZONES_BY_REGION = zonesByRegion();

	private TimeZoneChoices() {
	}

	/** An option of the select: the zone id and "Asia/Shanghai (UTC+08:00)". */
	public record Zone(String value, String label) {
	}

	/** A group of zones under its region, for an {@code <optgroup>}; region "" holds the kept outsiders. */
	public record ZoneGroup(String region, List<Zone> zones) {
	}

	public static List<ZoneGroup> groups(Instant now, String... alsoKeep) {
		List<ZoneGroup> groups = new ArrayList<>();
		groups.add(new ZoneGroup("UTC", List.of(zone("UTC", now))));
		ZONES_BY_REGION.forEach((region, ids) -> groups
			.add(new ZoneGroup(region, ids.stream().map(id -> zone(id, now)).toList())));
		List<Zone> others = new ArrayList<>();
		for (String keep : alsoKeep) {
			if (!keep.isBlank() && !keep.equals("UTC") && !REGION_ZONE.matcher(keep).matches()) {
				others.add(new Zone(keep, keep));
			}
		}
		if (!others.isEmpty()) {
			groups.add(0, new ZoneGroup("", others));
		}
		return groups;
	}

	/** "UTC+08:00", "UTC-03:30", "UTC+00:00": the offset in force at {@code now}, daylight saving included. */
	public static String offset(ZoneId zone, Instant now) {
		ZoneOffset offset = zone.getRules().getOffset(now);
		return "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
	}

	private static Zone zone(String id, Instant now) {
		return new Zone(id, id.equals("UTC") ? id : id.replace('_', ' ') + " (" + offset(ZoneId.of(id), now) + ")");
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
