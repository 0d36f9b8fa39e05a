package dev.meridian.ticket.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Permission;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.*;
import dev.meridian.shared.TypedList;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * The open ticket: its conversation, the composer for replies and internal notes, the fields, merge and split,
 * and attachment downloads. Every change answers htmx with out-of-band fragments (the new message, the header,
 * the fields, the list row, the view counts) so nothing reloads; without JavaScript the forms still work and
 * come back to the ticket.
 */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class TicketPages {

	private final Tickets tickets;
	private final Workspace workspace;

	TicketPages(Tickets tickets, Workspace workspace) {
		this.tickets = tickets;
		this.workspace = workspace;
	}

	@GetMapping("/tickets/{id}")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setHeader("Vary", "HX-Request, HX-Target");
		TicketId ticketId = TicketId.parse(id);
		workspace.ticket(model, ticketId, me);
		workspace.choices(model);
		if ("ticket-pane".equals(Htmx.target(request))) {
			return new ModelAndView("ticket/ticket :: pane");
		}
		workspace.list(model, InboxQuery.defaults(), me);
		return new ModelAndView("ticket/inbox");
	}

	/**
	 * A reply to the customer or an internal note, with files; a reply can set the status in the same step. A reply
	 * whose {@code translation} the agent previewed (and maybe edited) sends that translation, and keeps {@code body},
	 * the agent's own words in {@code originalLanguage}, with the message for agents.
	 */
	@PostMapping("/tickets/{id}/messages")
	ModelAndView post(@PathVariable String id, @RequestParam(defaultValue = "reply") String kind,
			@RequestParam(required = false) @Nullable String body, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String translation,
			@RequestParam(required = false) @Nullable String originalLanguage,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal AgentPrincipal me, HttpServletRequest request, Model model) {
		TicketId ticketId = TicketId.parse(id);
		boolean translated = !"note".equals(kind) && translation != null && !translation.isBlank();
		MessageBody message = new MessageBody(translated ? translation : body, null, attachments(files));
		MessageView posted;
		if ("note".equals(kind)) {
			require(me, Permission.TICKET_NOTE);
			posted = tickets.addNote(ticketId, me.id(), message);
		}
		else {
			require(me, Permission.TICKET_WRITE);
			posted = tickets.reply(ticketId, me.id(), message,
					status == null || status.isBlank() ? null : TicketStatus.parse(status),
					translated && body != null && !body.isBlank() ? new AgentOriginal(body, originalLanguage) : null);
		}
		if (!Htmx.partial(request)) {
			return new ModelAndView("redirect:/tickets/" + ticketId);
		}
		workspace.ticket(model, ticketId, me);
		workspace.choices(model);
		model.addAttribute("message", posted);
		model.addAttribute("counts", workspace.counts(me.id()));
		model.addAttribute("oob", true);
		return new ModelAndView(FragmentsRendering.fragment("ticket/ticket :: appended")
			.fragment("ticket/ticket :: ticketHead")
			.fragment("ticket/ticket :: props")
			.fragment("ticket/ticket :: composer")
			.fragment("ticket/inbox :: row")
			.fragment("ticket/inbox :: counts")
			.build());
	}

	/**
	 * Changes the fields that were sent and no others: each select of the side panel posts only itself.
	 * {@code assignee} is an agent id, {@code me}, or empty to unassign; an empty {@code team} clears it.
	 * {@code language} is the agent's correction of the ticket's language (a BCP 47 tag), or {@code auto} to hand the
	 * ticket back to detection.
	 */
	@PostMapping("/tickets/{id}/fields")
	@PreAuthorize("hasAuthority('ticket:write')")
	ModelAndView fields(@PathVariable String id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String team, @RequestParam(required = false) @Nullable String tags,
			@RequestParam(required = false) @Nullable String language, @AuthenticationPrincipal AgentPrincipal me,
			HttpServletRequest request, Model model) {
		TicketId ticketId = TicketId.parse(id);
		TicketChanges changes = new TicketChanges(
				status == null || status.isBlank() ? null : TicketStatus.parse(status),
				priority == null || priority.isBlank() ? null : Priority.parse(priority),
				assignee == null ? null : assignee.isBlank() ? Optional.empty()
						: Optional.of("me".equals(assignee) ? me.id() : AgentId.parse(assignee)),
				team == null ? null : team.isBlank() ? Optional.empty() : Optional.of(TeamId.parse(team)),
				tags == null ? null : TypedList.split(tags), null, languageChange(language));
		tickets.update(ticketId, changes);
		if (!Htmx.partial(request)) {
			return new ModelAndView("redirect:/tickets/" + ticketId);
		}
		workspace.ticket(model, ticketId, me);
		workspace.choices(model);
		model.addAttribute("counts", workspace.counts(me.id()));
		model.addAttribute("oob", true);
		return new ModelAndView(FragmentsRendering.fragment("ticket/ticket :: ticketHead")
			.fragment("ticket/ticket :: props")
			.fragment("ticket/inbox :: row")
			.fragment("ticket/inbox :: counts")
			.fragment("fragments/alert :: saved")
			.build());
	}

	/** Merges this ticket into the one with the given number (typed as 1042 or #1042) and opens that one. */
	@PostMapping("/tickets/{id}/merge")
	@PreAuthorize("hasAuthority('ticket:merge')")
	ModelAndView merge(@PathVariable String id, @RequestParam(defaultValue = "") String target,
			@AuthenticationPrincipal AgentPrincipal me, HttpServletRequest request, HttpServletResponse response) {
		String digits = target.strip().replaceFirst("^#", "");
		if (!digits.matches("\\d{1,18}")) {
			throw DomainException.malformed("ticket.merge_target_required", "type the number of the ticket to merge into");
		}
		TicketView into = tickets.byNumber(Long.parseLong(digits))
			.orElseThrow(() -> DomainException.notFound("ticket", "#" + digits));
		TicketView merged = tickets.merge(TicketId.parse(id), into.id(), me.id());
		return go(request, response, "/tickets/" + merged.id());
	}

	/** Moves one message out into a new ticket for the same customer and opens it. */
	@PostMapping("/tickets/{id}/split")
	@PreAuthorize("hasAuthority('ticket:merge')")
	ModelAndView split(@PathVariable String id, @RequestParam String message,
			@RequestParam(required = false) @Nullable String subject, @AuthenticationPrincipal AgentPrincipal me,
			HttpServletRequest request, HttpServletResponse response) {
		TicketView created = tickets.split(TicketId.parse(id), MessageId.parse(message), subject, me.id());
		return go(request, response, "/tickets/" + created.id());
	}

	/**
	 * Downloads an attachment of this ticket's conversation. The API's download takes bearer tokens only; this one
	 * takes the session. Always as a download, so an uploaded HTML file never runs in Meridian's origin.
	 */
	@GetMapping("/tickets/{ticketId}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String ticketId, @PathVariable String attachmentId) {
		AttachmentId wanted = AttachmentId.parse(attachmentId);
		boolean belongs = tickets.conversation(TicketId.parse(ticketId)).stream()
			.flatMap(m -> m.attachments().stream())
			.anyMatch(a -> a.id().equals(wanted));
		if (!belongs) {
			throw DomainException.notFound("attachment", wanted);
		}
		AttachmentContent file = tickets.attachment(wanted);
		MediaType type;
		try {
			type = MediaType.parseMediaType(file.contentType());
		}
		catch (RuntimeException e) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	private static ModelAndView go(HttpServletRequest request, HttpServletResponse response, String path) {
		if (Htmx.partial(request)) {
			response.setHeader("HX-Redirect", request.getContextPath() + path);
			return new ModelAndView("fragments/alert :: empty");
		}
		return new ModelAndView("redirect:" + path);
	}

	private static void require(AgentPrincipal me, Permission permission) {
		if (!me.may(permission)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden",
					permission == Permission.TICKET_WRITE ? "your role may add internal notes but not write to customers"
							: "your role may not do this");
		}
	}

	private static List<NewAttachment> attachments(@Nullable List<MultipartFile> files) {
		List<NewAttachment> attachments = new ArrayList<>();
		if (files == null) {
			return attachments;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				continue;
			}
			try {
				attachments.add(new NewAttachment(file.getOriginalFilename(),
						file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return attachments;
	}

	/** Absent: unchanged; {@code auto} or empty: back to detection; else the agent's choice. */
	static @Nullable Optional<String> languageChange(@Nullable String language) {
		if (language == null) {
			return null;
		}
		String tag = language.strip();
		return tag.isEmpty() || "auto".equals(tag) ? Optional.empty() : Optional.of(tag);
	}

}
