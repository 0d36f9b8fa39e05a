package dev.meridian.channel.email.internal.inbound;

/**
 * One named step of the inbound pipeline. Steps run in their {@code @Order}; a step that decides what becomes
 * of the message calls {@link Inbound#finish} and the later steps are skipped.
 */
public interface InboundStep {

	void apply(Inbound inbound);
}
