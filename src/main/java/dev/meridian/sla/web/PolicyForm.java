package dev.meridian.sla.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.meridian.shared.DomainException;
import dev.meridian.sla.SlaConditions;
import dev.meridian.sla.SlaPolicyDraft;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.web.SlaRequests.ConditionsJson;
import dev.meridian.sla.web.SlaRequests.PolicyRequest;
import dev.meridian.sla.web.SlaRequests.TargetJson;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import dev.meridian.shared.TypedList;
import org.jspecify.annotations.Nullable;

/**
 * The SLA policy form as the browser posts it. Targets are entered as an amount and a unit (minutes or hours)
 * with the clock they count on; an empty amount means the target is not measured. Checked through the same
 * request rules as the API, so the page and the API refuse the same things with the same codes.
 */
class PolicyForm {

	/** One target's three inputs. */
	static class Target {

		private String amount = "";

		private String unit = "hours";

		private String clock = "business";

		public String getAmount() {
			return amount;
		}

		public void setAmount(@Nullable String amount) {
			this.amount = amount == null ? "" : amount.strip();
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(@Nullable String unit) {
			this.unit = "minutes".equals(unit) ? "minutes" : "hours";
		}

		public String getClock() {
			return clock;
		}

		public void setClock(@Nullable String clock) {
			this.clock = "calendar".equals(clock) ? "calendar" : "business";
		}

		static Target of(@Nullable SlaTarget target) {
			Target form = new Target();
			if (target != null) {
				boolean wholeHours = target.minutes() % 60 == 0;
				form.amount = Integer.toString(wholeHours ? target.minutes() / 60 : target.minutes());
				form.unit = wholeHours ? "hours" : "minutes";
				form.clock = target.businessHours() ? "business" : "calendar";
			}
			return form;
		}

		@Nullable
		TargetJson toJson(String field) {
			if (amount.isEmpty()) {
				return null;
			}
			int value;
			try {
				value = Integer.parseInt(amount);
			}
			catch (NumberFormatException e) {
				throw DomainException.malformed("sla_policy.invalid_target",
						field + " must be a whole number of " + unit);
			}
			return new TargetJson(unit.equals("hours") ? Math.multiplyExact(value, 60) : value,
					clock.equals("business"));
		}
	}

	private String name = "";

	private boolean enabled = true;

	private List<String> brands = new ArrayList<>();

	private List<String> channels = new ArrayList<>();

	private List<String> marketplaces = new ArrayList<>();

	private List<String> priorities = new ArrayList<>();

	private String ticketTags = "";

	private String calendar = "";

	private String warnPercent = "75";

	private Target firstReply = new Target();

	private Target nextReply = new Target();

	private Target resolution = new Target();

	static PolicyForm of(SlaPolicyView policy) {
		PolicyForm form = new PolicyForm();
		SlaConditions c = policy.conditions();
		form.name = policy.name();
		form.enabled = policy.enabled();
		form.brands = c.brands().stream().map(Object::toString).sorted().toList();
		form.channels = c.channels().stream().map(Channel::key).sorted().toList();
		form.marketplaces = c.marketplaces().stream().sorted().toList();
		form.priorities = c.priorities().stream().sorted().map(Priority::key).toList();
		form.ticketTags = String.join(", ", c.ticketTags().stream().sorted().toList());
		form.calendar = policy.calendar() == null ? "" : policy.calendar().toString();
		form.warnPercent = Integer.toString(policy.warnPercent());
		form.firstReply = Target.of(policy.firstReply());
		form.nextReply = Target.of(policy.nextReply());
		form.resolution = Target.of(policy.resolution());
		return form;
	}

	SlaPolicyDraft toDraft() {
		Integer warn;
		try {
			warn = warnPercent.isBlank() ? 0 : Integer.valueOf(warnPercent.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.malformed("sla_policy.invalid_warn_percent",
					"warnPercent must be between 1 and 99, or 0 for no warning");
		}
		List<String> tags = TypedList.split(ticketTags);
		return new PolicyRequest(name, enabled, null,
				new ConditionsJson(brands, channels, marketplaces, priorities, tags), calendar, warn,
				firstReply.toJson("firstReply"), nextReply.toJson("nextReply"), resolution.toJson("resolution"))
			.toDraft();
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = Objects.requireNonNullElse(name, "");
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getBrands() {
		return brands;
	}

	public void setBrands(@Nullable List<String> brands) {
		this.brands = brands == null ? new ArrayList<>() : brands;
	}

	public List<String> getChannels() {
		return channels;
	}

	public void setChannels(@Nullable List<String> channels) {
		this.channels = channels == null ? new ArrayList<>() : channels;
	}

	public List<String> getMarketplaces() {
		return marketplaces;
	}

	public void setMarketplaces(@Nullable List<String> marketplaces) {
		this.marketplaces = marketplaces == null ? new ArrayList<>() : marketplaces;
	}

	public List<String> getPriorities() {
		return priorities;
	}

	public void setPriorities(@Nullable List<String> priorities) {
		this.priorities = priorities == null ? new ArrayList<>() : priorities;
	}

	public String getTicketTags() {
		return ticketTags;
	}

	public void setTicketTags(@Nullable String ticketTags) {
		this.ticketTags = Objects.requireNonNullElse(ticketTags, "");
	}

	public String getCalendar() {
		return calendar;
	}

	public void setCalendar(@Nullable String calendar) {
		this.calendar = Objects.requireNonNullElse(calendar, "");
	}

	public String getWarnPercent() {
		return warnPercent;
	}

	public void setWarnPercent(@Nullable String warnPercent) {
		this.warnPercent = Objects.requireNonNullElse(warnPercent, "");
	}

	public Target getFirstReply() {
		return firstReply;
	}

	public void setFirstReply(Target firstReply) {
		this.firstReply = firstReply;
	}

	public Target getNextReply() {
		return nextReply;
	}

	public void setNextReply(Target nextReply) {
		this.nextReply = nextReply;
	}

	public Target getResolution() {
		return resolution;
	}

	public void setResolution(Target resolution) {
		this.resolution = resolution;
	}
}
