/**
 * Tickets and their conversations: every inbound message from any channel, replies, internal notes and
 * attachments; the status lifecycle, tags, merge and split; the inbox views.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Ticket")
package dev.meridian.ticket;

import org.jspecify.annotations.NullMarked;
