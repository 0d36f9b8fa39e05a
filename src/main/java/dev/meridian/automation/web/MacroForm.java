package dev.meridian.automation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.automation.MacroChanges;
import dev.meridian.automation.MacroDraft;
import dev.meridian.automation.MacroView;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.shared.TypedList;

/** The macro form as the page posts it: the texts are rows of language and body. */
public class MacroForm {

	/** Blank rows offered for new languages below the ones a macro has. */
	static final int SPARE_ROWS = 2;

	private String name = "";
	private boolean shared;
	private List<String> languages = new ArrayList<>();
	private List<String> bodies = new ArrayList<>();
	private String status = "";
	private String priority = "";
	private String addTags = "";
	private String removeTags = "";
	private String team = "";

	static MacroForm blank(String language) {
		MacroForm form = new MacroForm();
		form.languages.add(language);
		form.bodies.add("");
		form.pad();
		return form;
	}

	static MacroForm of(MacroView macro) {
		MacroForm form = new MacroForm();
		form.name = macro.name();
		form.shared = macro.shared();
		macro.variants().forEach((language, body) -> {
			form.languages.add(language);
			form.bodies.add(body);
		});
		MacroChanges c = macro.changes();
		form.status = c.status() == null ? "" : c.status().key();
		form.priority = c.priority() == null ? "" : c.priority().key();
		form.addTags = String.join(", ", c.addTags());
		form.removeTags = String.join(", ", c.removeTags());
		form.team = c.team() == null ? "" : c.team().toString();
		form.pad();
		return form;
	}

	void pad() {
		while (bodies.size() < languages.size()) {
			bodies.add("");
		}
		while (languages.size() < bodies.size()) {
			languages.add("");
		}
		long blanks = bodies.stream().filter(b -> b == null || b.isBlank()).count();
		for (long i = blanks; i < SPARE_ROWS; i++) {
			languages.add("");
			bodies.add("");
		}
	}

	MacroDraft toDraft() {
		Map<String, String> variants = new LinkedHashMap<>();
		for (int i = 0; i < bodies.size(); i++) {
			String body = bodies.get(i);
			if (body == null || body.isBlank()) {
				continue;
			}
			String language = i < languages.size() ? languages.get(i) : null;
			if (language == null || language.isBlank()) {
				throw DomainException.malformed("automation.variant_language_required",
						"choose the language of every text");
			}
			if (variants.put(language.strip(), body) != null) {
				throw DomainException.ruleBroken("automation.duplicate_variant", "two texts for " + language.strip());
			}
		}
		return new MacroDraft(name, shared, variants, new MacroChanges(
				status.isBlank() ? null : TicketStatus.parse(status), priority.isBlank() ? null : Priority.parse(priority),
				TypedList.split(addTags), TypedList.split(removeTags), team.isBlank() ? null : TeamId.parse(team)));
	}


	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public boolean isShared() {
		return shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
	}

	public List<String> getBodies() {
		return bodies;
	}

	public void setBodies(List<String> bodies) {
		this.bodies = bodies == null ? new ArrayList<>() : new ArrayList<>(bodies);
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status == null ? "" : status;
	}

	public String getPriority() {
		return priority;
	}

	public void setPriority(String priority) {
		this.priority = priority == null ? "" : priority;
	}

	public String getAddTags() {
		return addTags;
	}

	public void setAddTags(String addTags) {
		this.addTags = addTags == null ? "" : addTags;
	}

	public String getRemoveTags() {
		return removeTags;
	}

	public void setRemoveTags(String removeTags) {
		this.removeTags = removeTags == null ? "" : removeTags;
	}

	public String getTeam() {
		return team;
	}

	public void setTeam(String team) {
		this.team = team == null ? "" : team;
	}
}
