package dev.meridian.quality;

import java.util.List;

import dev.meridian.identity.BrandId;
import dev.meridian.ticket.Channel;
import org.jspecify.annotations.Nullable;

/** A scorecard as an admin writes it; a null brand or channel means every brand or every channel. */
public record ScorecardDraft(String name, @Nullable BrandId brand, @Nullable Channel channel, boolean enabled,
		List<ScorecardItem> items) {

	public ScorecardDraft {
		items = List.copyOf(items);
	}
}
