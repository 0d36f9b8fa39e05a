package dev.meridian.live.web;

import java.util.Set;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import dev.meridian.live.internal.AgentStreams;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The agent UI's live connection: {@code GET /live/events} streams server-sent events (ticket, message, viewers
 * and, for the agent alone, notifications); {@code POST /live/tickets/{id}/viewing} is the heartbeat that says this
 * agent has the ticket open ({@code view}), is typing a reply ({@code typing}), stopped typing ({@code idle}) or
 * left ({@code leave}).
 */
@RestController
@PreAuthorize("hasAuthority('ticket:read')")
class LiveController {

	private static final Set<String> STATES = Set.of("view", "typing", "idle", "leave");

	private final AgentStreams streams;
	private final LiveBus bus;

	LiveController(AgentStreams streams, LiveBus bus) {
		this.streams = streams;
		this.bus = bus;
	}

	@GetMapping(path = "/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@AuthenticationPrincipal AgentPrincipal me) {
		return streams.open(me.id());
	}

	/** An agent closed the tab or lost the network: the stream's end is no error. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void disconnected() {
	}

	@PostMapping("/live/tickets/{id}/viewing")
	ResponseEntity<Void> viewing(@PathVariable String id, @RequestParam(defaultValue = "view") String state,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (!STATES.contains(state)) {
			throw DomainException.malformed("live.invalid_state", "state must be one of view, typing, idle, leave");
		}
		TicketId ticket = TicketId.parse(id);
		bus.publish(LiveEvent.of("viewing", "ticket", ticket, "agent", me.id(), "name", me.name(), "state", state));
		return ResponseEntity.noContent().build();
	}
}
