/**
 * The channels through which customers write: each sub-package turns one kind of traffic into an
 * {@code InboundMessage} for {@code ticket} and delivers agents' replies. {@code channel} depends on
 * {@code ticket}, never the other way round.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Channel")
package dev.meridian.channel;

import org.jspecify.annotations.NullMarked;
