package dev.meridian.channel.email.internal.inbound;

import java.util.List;

import org.springframework.stereotype.Component;

/** Runs the inbound steps in order until one decides what becomes of the message (rule 7 of the style guide). */
@Component
public class InboundPipeline {

	private final List<InboundStep> steps;

	InboundPipeline(List<InboundStep> steps) {
		this.steps = steps;
	}

	public Inbound run(Inbound inbound) {
		for (InboundStep step : steps) {
			step.apply(inbound);
			if (inbound.finished()) {
				break;
			}
		}
		if (!inbound.finished()) {
			throw new IllegalStateException("no step decided what becomes of raw mail " + inbound.rawMailId());
		}
		return inbound;
	}

	public List<String> stepNames() {
		return steps.stream().map(s -> s.getClass().getSimpleName()).toList();
	}
}
