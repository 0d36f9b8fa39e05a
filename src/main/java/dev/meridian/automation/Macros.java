package dev.meridian.automation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.meridian.automation.internal.ChangesJson;
import dev.meridian.automation.internal.Macro;
import dev.meridian.automation.internal.MacroRepository;
import dev.meridian.automation.internal.PlaceholderValues;
import dev.meridian.automation.internal.ReplyTemplate;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Brands;
import dev.meridian.identity.Teams;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageFallback;
import dev.meridian.shared.LanguageTag;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Macros: canned replies with placeholders and field changes, one text per language. Shared macros are managed by
 * those who may configure automation; any agent keeps personal macros that no one else sees, not even an admin.
 * Applying one renders the reply in the customer's language (see {@link LanguageFallback}), makes its field
 * changes through {@link Tickets} (so the audit trail has them) and counts the use.
 */
@Service
@Transactional
public class Macros {

	static final int MAX_NAME = 200;
	static final int MAX_BODY = 20_000;
	static final int MAX_VARIANTS = 30;
	static final int MAX_MACROS_PER_AGENT = 500;

	private final MacroRepository macros;
	private final Tickets tickets;
	private final Customers customers;
	private final Agents agents;
	private final Brands brands;
	private final Teams teams;
	private final Surveys surveys;
	private final Clock clock;

	Macros(MacroRepository macros, Tickets tickets, Customers customers, Agents agents, Brands brands, Teams teams,
			Surveys surveys, Clock clock) {
		this.macros = macros;
		this.tickets = tickets;
		this.customers = customers;
		this.agents = agents;
		this.brands = brands;
		this.teams = teams;
		this.surveys = surveys;
		this.clock = clock;
	}

	/** The shared macros and {@code agent}'s own, most used first. */
	@Transactional(readOnly = true)
	public List<MacroView> availableTo(AgentId agent) {
		return macros.availableTo(agent.value()).stream().map(Macros::view).toList();
	}

	@Transactional(readOnly = true)
	public MacroView get(MacroId id, AgentId viewer) {
		return view(visible(id, viewer));
	}

	/** Creates a macro; a shared one needs {@code mayShare} (the automation:write permission). */
	public MacroView create(MacroDraft draft, AgentId author, boolean mayShare) {
		Map<String, String> variants = check(draft, mayShare);
		if (macros.countAvailableTo(author.value()) >= MAX_MACROS_PER_AGENT) {
			throw DomainException.ruleBroken("automation.too_many_macros",
					"at most " + MAX_MACROS_PER_AGENT + " macros; delete unused ones first");
		}
		Macro macro = new Macro(draft.name().strip(), draft.shared() ? null : author, variants,
				ChangesJson.write(normalized(draft.changes())), clock.instant());
		return view(macros.saveAndFlush(macro));
	}

	/** Changes a macro: the owner changes a personal one; a shared one (or sharing one) needs {@code mayShare}. */
	public MacroView update(MacroId id, MacroDraft draft, AgentId editor, boolean mayShare) {
		Macro macro = visible(id, editor);
		requireMayChange(macro, mayShare);
		Map<String, String> variants = check(draft, mayShare);
		macro.revise(draft.name().strip(), draft.shared() ? null : editor, variants,
				ChangesJson.write(normalized(draft.changes())), clock.instant());
		return view(macros.saveAndFlush(macro));
	}

	public void delete(MacroId id, AgentId editor, boolean mayShare) {
		Macro macro = visible(id, editor);
		requireMayChange(macro, mayShare);
		macros.delete(macro);
	}

	/**
	 * Applies a macro to a ticket for {@code agent}: renders the reply for the customer's language and makes the
	 * field changes (tags are added to and removed from the ticket's own). The reply is not sent: the agent
	 * reviews it in the composer.
	 */
	public AppliedMacro apply(MacroId id, TicketId ticketId, AgentId agent) {
		Macro macro = visible(id, agent);
		MacroChanges changes = ChangesJson.read(macro.changesJson());
		TicketView before = tickets.get(ticketId);
		TicketChanges ticketChanges = ticketChanges(before, changes);
		boolean changed = ticketChanges != null;
		TicketView ticket = changed ? tickets.update(ticketId, ticketChanges) : before;
		CustomerView customer = customers.get(ticket.customer());
		String language = LanguageTag.known(customer.language()) ? customer.language() : ticket.language();
		Optional<String> chosen = LanguageFallback.choose(language, macro.variants().keySet());
		Map<String, String> values = PlaceholderValues.of(ticket, customer, agents.get(agent),
				brands.exists(ticket.brand()) ? brands.get(ticket.brand()) : null);
		String body = chosen.map(tag -> PlaceholderValues.render(ReplyTemplate.parse(macro.variants().get(tag)), values,
				ticket, surveys)).orElse("");
		macro.used(clock.instant());
		return new AppliedMacro(id, chosen.orElse(""), body, changed, ticket);
	}

	private static @org.jspecify.annotations.Nullable TicketChanges ticketChanges(TicketView ticket, MacroChanges changes) {
		if (changes.isEmpty()) {
			return null;
		}
		List<String> tags = null;
		if (!changes.addTags().isEmpty() || !changes.removeTags().isEmpty()) {
			Set<String> merged = new LinkedHashSet<>(ticket.tags());
			merged.addAll(changes.addTags());
			changes.removeTags().forEach(merged::remove);
			tags = merged.equals(new LinkedHashSet<>(ticket.tags())) ? null : List.copyOf(merged);
		}
		var status = changes.status() == null || changes.status() == ticket.status() ? null : changes.status();
		var priority = changes.priority() == null || changes.priority() == ticket.priority() ? null : changes.priority();
		var team = changes.team() == null || changes.team().equals(ticket.team()) ? null : Optional.of(changes.team());
		if (status == null && priority == null && tags == null && team == null) {
			return null;
		}
		return new TicketChanges(status, priority, null, team, tags, null);
	}

	private Map<String, String> check(MacroDraft draft, boolean mayShare) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw DomainException.malformed("automation.macro_name_required", "a macro needs a name");
		}
		if (draft.name().strip().length() > MAX_NAME) {
			throw DomainException.ruleBroken("automation.macro_name_too_long", "a name has at most " + MAX_NAME + " characters");
		}
		if (draft.shared() && !mayShare) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "automation.macro_share_forbidden",
					"only those who configure automation may create or change shared macros");
		}
		if (draft.variants().size() > MAX_VARIANTS) {
			throw DomainException.ruleBroken("automation.too_many_variants", "a macro has at most " + MAX_VARIANTS + " languages");
		}
		Map<String, String> variants = new LinkedHashMap<>();
		for (Map.Entry<String, String> variant : draft.variants().entrySet()) {
			String body = variant.getValue() == null ? "" : variant.getValue().strip();
			if (body.isEmpty()) {
				continue;
			}
			String tag = LanguageTag.normalize(variant.getKey());
			if (body.length() > MAX_BODY) {
				throw DomainException.ruleBroken("automation.macro_body_too_long", "a reply has at most " + MAX_BODY + " characters");
			}
			ReplyTemplate.parse(body);
			if (variants.put(tag, body) != null) {
				throw DomainException.ruleBroken("automation.duplicate_variant", "two texts for " + tag);
			}
		}
		if (variants.isEmpty() && draft.changes().isEmpty()) {
			throw DomainException.ruleBroken("automation.macro_empty", "a macro needs a reply text or a field change");
		}
		if (draft.changes().team() != null && !teams.exists(draft.changes().team())) {
			throw DomainException.ruleBroken("automation.unknown_team", "team " + draft.changes().team() + " does not exist");
		}
		return variants;
	}

	private static MacroChanges normalized(MacroChanges changes) {
		return new MacroChanges(changes.status(), changes.priority(), tags(changes.addTags()), tags(changes.removeTags()),
				changes.team());
	}

	private static List<String> tags(List<String> tags) {
		return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT).replace(' ', '-')).filter(t -> !t.isEmpty())
			.distinct().toList();
	}

	private static void requireMayChange(Macro macro, boolean mayShare) {
		if (macro.owner() == null && !mayShare) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "automation.macro_share_forbidden",
					"only those who configure automation may create or change shared macros");
		}
	}

	/** A macro the viewer may see; another agent's personal macro does not exist for them. */
	private Macro visible(MacroId id, AgentId viewer) {
		return macros.findById(id.value())
			.filter(m -> m.visibleTo(viewer))
			.orElseThrow(() -> DomainException.notFound("macro", id));
	}

	private static MacroView view(Macro macro) {
		return macro.view(ChangesJson.read(macro.changesJson()));
	}

}
