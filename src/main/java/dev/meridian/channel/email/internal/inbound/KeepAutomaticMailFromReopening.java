package dev.meridian.channel.email.internal.inbound;

import dev.meridian.channel.email.Imported.Outcome;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 8: an automatic mail (an out-of-office answering our reply, a mailing list) that belongs to a known
 * ticket is kept in the raw store but not added, so it neither reopens a solved ticket nor starts a reply loop.
 * Automatic mail that starts a conversation opens a ticket tagged {@code auto-submitted}, so nothing is lost.
 */
@Component
@Order(80)
class KeepAutomaticMailFromReopening implements InboundStep {

	@Override
	public void apply(Inbound inbound) {
		if (inbound.automatic == null) {
			return;
		}
		if (inbound.continues != null) {
			inbound.finish(Outcome.IGNORED, inbound.continues, null,
					"automatic mail (" + inbound.automatic + ") not added to its ticket");
			return;
		}
		inbound.tags.add("auto-submitted");
	}
}
