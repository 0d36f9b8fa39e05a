package dev.meridian.automation.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meridian.automation.AppliedMacro;
import dev.meridian.automation.MacroChanges;
import dev.meridian.automation.MacroDraft;
import dev.meridian.automation.MacroId;
import dev.meridian.automation.MacroView;
import dev.meridian.automation.Macros;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Permission;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/macros")
@PreAuthorize("hasAuthority('ticket:write')")
@Tag(name = "Macros")
class MacroController {

	private static final String EXAMPLE = "Example: {\"name\": \"Where is my order\", \"shared\": true, \"variants\": "
			+ "{\"en\": \"Hi {{customer.first_name}}, your order {{ticket.order_id}} left our warehouse. {{agent.name}}\", "
			+ "\"de\": \"Hallo {{customer.first_name}}, Ihre Bestellung {{ticket.order_id}} ist unterwegs.\"}, "
			+ "\"changes\": {\"status\": \"pending\", \"priority\": null, \"addTags\": [\"shipping\"], \"removeTags\": [], "
			+ "\"team\": null}}. A shared macro needs the automation:write permission; without \"shared\" the macro is "
			+ "the caller's own and nobody else sees it. Placeholders: customer.name, customer.first_name, "
			+ "customer.last_name, customer.email, ticket.number, ticket.subject, ticket.order_id, ticket.status, "
			+ "ticket.priority, agent.name, agent.first_name, agent.email, brand.name; any other is refused "
			+ "(automation.unknown_placeholder).";

	record ChangesJson(@Nullable String status, @Nullable String priority, @Nullable List<String> addTags,
			@Nullable List<String> removeTags, @Nullable String team) {

		static ChangesJson of(MacroChanges c) {
			return new ChangesJson(c.status() == null ? null : c.status().key(),
					c.priority() == null ? null : c.priority().key(), c.addTags(), c.removeTags(),
					c.team() == null ? null : c.team().toString());
		}

		MacroChanges toChanges() {
			return new MacroChanges(status == null || status.isBlank() ? null : TicketStatus.parse(status),
					priority == null || priority.isBlank() ? null : Priority.parse(priority),
					addTags == null ? List.of() : addTags, removeTags == null ? List.of() : removeTags,
					team == null || team.isBlank() ? null : TeamId.parse(team));
		}
	}

	record MacroJson(String id, String name, boolean shared, @Nullable String owner, Map<String, String> variants,
			ChangesJson changes, long usageCount, @Nullable Instant lastUsedAt, Instant createdAt, Instant updatedAt) {

		static MacroJson of(MacroView m) {
			return new MacroJson(m.id().toString(), m.name(), m.shared(), m.owner() == null ? null : m.owner().toString(),
					m.variants(), ChangesJson.of(m.changes()), m.usageCount(), m.lastUsedAt(), m.createdAt(),
					m.updatedAt());
		}
	}

	record MacroRequest(@Nullable String name, @Nullable Boolean shared, @Nullable Map<String, String> variants,
			@Nullable ChangesJson changes) {

		MacroDraft toDraft() {
			return new MacroDraft(name == null ? "" : name, Boolean.TRUE.equals(shared),
					variants == null ? Map.of() : variants,
					changes == null ? MacroChanges.none() : changes.toChanges());
		}
	}

	record ApplyRequest(@Nullable String ticket) {
	}

	record TicketJson(String id, String status, String priority, List<String> tags, @Nullable String team) {

		static TicketJson of(TicketView t) {
			return new TicketJson(t.id().toString(), t.status().key(), t.priority().key(), t.tags(),
					t.team() == null ? null : t.team().toString());
		}
	}

	record AppliedJson(String macro, String language, String body, boolean changed, TicketJson ticket) {

		static AppliedJson of(AppliedMacro a) {
			return new AppliedJson(a.macro().toString(), a.language(), a.body(), a.changed(), TicketJson.of(a.ticket()));
		}
	}

	private final Macros macros;

	MacroController(Macros macros) {
		this.macros = macros;
	}

	@GetMapping
	@Operation(summary = "List the macros the caller may use",
			description = "The shared macros and the caller's own, most used first, in one page; nextCursor is always null.")
	Slice<MacroJson> list(@AuthenticationPrincipal AgentPrincipal me) {
		return new Slice<>(macros.availableTo(me.id()).stream().map(MacroJson::of).toList(), null);
	}

	@GetMapping("/{id}")
	MacroJson get(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me) {
		return MacroJson.of(macros.get(MacroId.parse(id), me.id()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a macro", description = EXAMPLE)
	MacroJson create(@RequestBody MacroRequest request, @AuthenticationPrincipal AgentPrincipal me) {
		return MacroJson.of(macros.create(request.toDraft(), me.id(), me.may(Permission.AUTOMATION_WRITE)));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a macro", description = EXAMPLE)
	MacroJson update(@PathVariable String id, @RequestBody MacroRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		return MacroJson.of(macros.update(MacroId.parse(id), request.toDraft(), me.id(),
				me.may(Permission.AUTOMATION_WRITE)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me) {
		macros.delete(MacroId.parse(id), me.id(), me.may(Permission.AUTOMATION_WRITE));
	}

	@PostMapping("/{id}/apply")
	@Operation(summary = "Apply a macro to a ticket",
			description = "Makes the macro's field changes on the ticket and answers its reply rendered for the "
					+ "customer's language (language fallback zh-TW → zh → zh-CN → en, de-AT → de → en). The reply "
					+ "is not sent: post it with /api/v1/tickets/{id}/messages. Example: {\"ticket\": \"42\"}")
	AppliedJson apply(@PathVariable String id, @RequestBody ApplyRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (request.ticket() == null) {
			throw dev.meridian.shared.DomainException.malformed("automation.ticket_required", "name the ticket to apply the macro to");
		}
		return AppliedJson.of(macros.apply(MacroId.parse(id), TicketId.parse(request.ticket()), me.id()));
	}
}
