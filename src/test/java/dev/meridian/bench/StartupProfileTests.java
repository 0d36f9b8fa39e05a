package dev.meridian.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.meridian.bench.StartupProfile.Step;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

class StartupProfileTests {

	@Test
	void countsAStepsOwnTimeWithoutTheStepsNestedInIt() throws InterruptedException {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(10);
		StartupStep factory = startup.start("spring.beans.instantiate").tag("beanName", "entityManagerFactory");
		Thread.sleep(5);
		StartupStep flyway = startup.start("spring.beans.instantiate").tag("beanName", "flyway");
		Thread.sleep(5);
		flyway.end();
		factory.end();

		List<Step> steps = StartupProfile.steps(startup.getBufferedTimeline().getEvents());

		Step outer = steps.stream().filter(step -> step.name().endsWith("entityManagerFactory")).findFirst().orElseThrow();
		Step inner = steps.stream().filter(step -> step.name().endsWith("flyway")).findFirst().orElseThrow();
		assertThat(inner.name()).isEqualTo("spring.beans.instantiate beanName=flyway");
		assertThat(inner.self()).isEqualTo(inner.total());
		assertThat(outer.self()).isEqualTo(outer.total().minus(inner.total())).isPositive();
		assertThat(StartupProfile.byKind(steps))
			.isEqualTo(Map.of("spring.beans.instantiate", outer.self().plus(inner.self())));
		assertThat(outer.self().plus(inner.self())).isEqualTo(outer.total()).isGreaterThan(Duration.ofMillis(9));
	}
}
