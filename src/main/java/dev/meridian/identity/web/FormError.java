package dev.meridian.identity.web;

import java.util.Map;

import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A refused form, in words: the message for the error code in the viewer's language (falling back to the
 * domain's own English message) and the field it belongs to, if any, so the page can mark that field.
 */
record FormError(String code, String message, @Nullable String field) {

	private static final Map<String, String> FIELD_BY_CODE = Map.ofEntries(
			Map.entry("brand.name_required", "name"), Map.entry("brand.name_taken", "name"),
			Map.entry("brand.invalid_name", "name"), Map.entry("brand.invalid_website", "website"),
			Map.entry("brand.invalid_marketplace", "otherMarketplaces"),
			Map.entry("team.name_taken", "name"), Map.entry("team.invalid_name", "name"),
			Map.entry("time_zone.invalid", "timeZone"),
			Map.entry("agent.invalid_name", "name"), Map.entry("agent.invalid_email", "email"),
			Map.entry("agent.email_taken", "email"), Map.entry("agent.weak_password", "password"),
			Map.entry("agent.invalid_role", "role"), Map.entry("agent.invalid_tier", "tier"),
			Map.entry("agent.invalid_locale", "locale"), Map.entry("agent.invalid_capacity", "capacity"),
			Map.entry("agent.invalid_skill", "skills"), Map.entry("language.invalid", "languages"),
			Map.entry("team.not_found", "teams"), Map.entry("admin.self_lockout", "role"));

	static FormError of(DomainException e, MessageSource messages, java.util.Locale locale) {
		String text = messages.getMessage("error." + e.code(), null, e.getMessage(), locale);
		return new FormError(e.code(), text == null ? e.getMessage() : text, FIELD_BY_CODE.get(e.code()));
	}

	/** Whether the error belongs to the given field, for {@code is-invalid} and the message under it. */
	public boolean on(String name) {
		return name.equals(field);
	}
}
