package dev.meridian.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.MeridianApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts Meridian once with Spring's {@link BufferingApplicationStartup}, prints where the start went (the steps
 * that took longest by their own time, without the steps nested in them, and the sum per kind of step), and stops.
 * {@code bench/startup --profile} runs it from the extracted jar with the class-data-sharing archive of
 * {@code bin/meridian}; see docs/performance.md, "Start-up".
 */
public final class StartupProfile {

	private StartupProfile() {
	}

	/** One step: its name with its tags, its whole duration and its own (without the steps started inside it). */
	record Step(String name, Duration total, Duration self) {

		String kind() {
			int space = name.indexOf(' ');
			return space < 0 ? name : name.substring(0, space);
		}
	}

	public static void main(String[] args) {
		long started = System.nanoTime();
		SpringApplication application = new SpringApplication(MeridianApplication.class);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		try (ConfigurableApplicationContext context = application.run(args)) {
			Duration total = Duration.ofNanos(System.nanoTime() - started);
			List<Step> steps = steps(startup.getBufferedTimeline().getEvents());
			System.out.printf("start-up profile: %d ms until ready, %d steps%n", total.toMillis(), steps.size());
			System.out.println("longest steps by own time (ms own / ms with nested steps):");
			steps.stream()
				.sorted(Comparator.comparing(Step::self).reversed())
				.limit(Integer.getInteger("top", 30))
				.forEach(step -> System.out.printf("%7d %7d  %s%n", step.self().toMillis(), step.total().toMillis(),
						step.name()));
			System.out.println("own time per kind of step (ms):");
			byKind(steps).forEach((kind, self) -> System.out.printf("%7d  %s%n", self.toMillis(), kind));
		}
	}

	/** The steps of a timeline, each with its own time: its duration less that of the steps started inside it. */
	static List<Step> steps(List<TimelineEvent> events) {
		Map<Long, Duration> nested = new HashMap<>();
		for (TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				nested.merge(parent, event.getDuration(), Duration::plus);
			}
		}
		List<Step> steps = new ArrayList<>(events.size());
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			StringBuilder name = new StringBuilder(step.getName());
			step.getTags().forEach(tag -> name.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
			steps.add(new Step(name.toString(), event.getDuration(),
					event.getDuration().minus(nested.getOrDefault(step.getId(), Duration.ZERO))));
		}
		return steps;
	}

	/** Own time summed per kind of step ({@code spring.beans.instantiate}, ...), largest first. */
	static Map<String, Duration> byKind(List<Step> steps) {
		Map<String, Duration> sums = new HashMap<>();
		steps.forEach(step -> sums.merge(step.kind(), step.self(), Duration::plus));
		Map<String, Duration> sorted = new LinkedHashMap<>();
		sums.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}
}
