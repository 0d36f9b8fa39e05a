package dev.meridian.channel.email.internal.inbound;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Step 1: reads the raw message (see {@link MimeParser}). */
@Component
@Order(10)
class ParseMime implements InboundStep {

	private final MimeParser parser = new MimeParser();

	@Override
	public void apply(Inbound inbound) {
		inbound.mail = parser.parse(inbound.raw());
	}
}
