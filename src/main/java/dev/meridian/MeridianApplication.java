package dev.meridian;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Meridian", sharedModules = "shared")
public class MeridianApplication {

	public static void main(String[] args) {
		SpringApplication.run(MeridianApplication.class, args);
	}

	/** UTC, ticking in microseconds: the precision both databases store, so keyset cursors compare exactly. */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
	}
}
