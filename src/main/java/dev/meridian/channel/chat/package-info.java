/**
 * The chat channel: the embeddable widget ({@code /widget.js?brand=...}), its visitors (a signed token that survives
 * reloads), the allowed origins per brand, the transports (WebSocket, and server-sent events plus POST where a proxy
 * blocks WebSockets), and the offline path that leaves a message to be answered by email. Chats are tickets of
 * channel {@code chat}; agents' replies reach visitors on any node through the live bus.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Chat channel",
		allowedDependencies = { "ticket", "customer", "identity", "routing", "live", "shared" })
package dev.meridian.channel.chat;

import org.jspecify.annotations.NullMarked;
