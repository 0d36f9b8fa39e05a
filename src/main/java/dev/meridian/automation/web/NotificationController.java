package dev.meridian.automation.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.automation.NotificationView;
import dev.meridian.automation.Notifications;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.shared.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("hasAuthority('ticket:read')")
@Tag(name = "Notifications")
class NotificationController {

	record NotificationJson(String id, @Nullable String ticket, String source, String text, Instant createdAt,
			@Nullable Instant readAt) {

		static NotificationJson of(NotificationView n) {
			return new NotificationJson(Long.toString(n.id()), n.ticket() == null ? null : n.ticket().toString(),
					n.source(), n.text(), n.createdAt(), n.readAt());
		}
	}

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first",
			description = "limit 1–100 (default 25); cursor is the nextCursor of the page before.")
	Slice<NotificationJson> list(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor, @AuthenticationPrincipal AgentPrincipal me) {
		var page = dev.meridian.shared.PageRequest.of(limit, cursor);
		Long before = page.cursor() == null ? null : parse(page.cursor());
		List<NotificationView> items = notifications.of(me.id(), page.limit(), before);
		String next = items.size() == page.limit() ? Long.toString(items.get(items.size() - 1).id()) : null;
		return new Slice<>(items.stream().map(NotificationJson::of).toList(), next);
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me) {
		notifications.markRead(me.id(), parse(id));
	}

	@PostMapping("/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark all of the caller's notifications read")
	void readAll(@AuthenticationPrincipal AgentPrincipal me) {
		notifications.markAllRead(me.id());
	}

	private static long parse(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			throw dev.meridian.shared.DomainException.malformed("notification.invalid_id", "'" + text + "' is not a notification id");
		}
	}
}
