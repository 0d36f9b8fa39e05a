/**
 * The email channel: mailboxes per brand (IMAP to receive, SMTP to send, or a mail server's pipe to the
 * inbound endpoint), the raw mail store, the inbound pipeline (parse, dedupe, filter automatic mail, identify
 * the sender, thread, hand over to {@code ticket}) and the outbound queue that sends agents' replies.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Email channel",
		allowedDependencies = { "ticket", "customer", "identity" })
package dev.meridian.channel.email;

import org.jspecify.annotations.NullMarked;
