package dev.meridian.identity.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import dev.meridian.identity.TeamId;
import dev.meridian.identity.TeamView;
import dev.meridian.shared.DomainException;
import jakarta.persistence.*;

@Entity
@Table(name = "team")
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String timeZone;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected Team() {
	}

	public Team(String name, String timeZone, Instant now) {
		rename(name);
		moveTo(timeZone);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void rename(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw DomainException.ruleBroken("team.invalid_name", "a team needs a name of 1 to 200 characters");
		}
		this.name = trimmed;
	}

	public void moveTo(String timeZone) {
		this.timeZone = Zones.parse(timeZone).getId();
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public TeamView view() {
		return new TeamView(new TeamId(id), name, ZoneId.of(timeZone), createdAt, updatedAt);
	}

	static final class Zones {

		private Zones() {
		}

		static ZoneId parse(String zone) {
			try {
				return ZoneId.of(zone.trim());
			}
			catch (DateTimeException e) {
				throw DomainException.ruleBroken("time_zone.invalid",
						"'" + zone + "' is not a time zone; use an IANA name such as Asia/Shanghai");
			}
		}
	}
}
