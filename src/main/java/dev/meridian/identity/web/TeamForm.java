package dev.meridian.identity.web;

import dev.meridian.identity.TeamDraft;
import dev.meridian.identity.TeamView;
import org.jspecify.annotations.Nullable;

/** What the team form posts. */
class TeamForm {

	private String name = "";
	private String timeZone = "UTC";

	static TeamForm of(TeamView team) {
		TeamForm form = new TeamForm();
		form.name = team.name();
		form.timeZone = team.timeZone().getId();
		return form;
	}

	TeamDraft toDraft() {
		return new TeamDraft(name, timeZone);
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = timeZone == null ? "" : timeZone;
	}
}
