package dev.meridian.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A null inside a list ({@code "tags": ["refund", null]}) is refused as malformed JSON instead of reaching the
 * domain, where it would fail as a NullPointerException: no request value ever needs one.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

	@Bean
	JsonMapperBuilderCustomizer refuseNullElements() {
		JsonSetter.Value failOnNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return builder -> {
			for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
				builder.withConfigOverride(type, override -> override.setNullHandling(failOnNullElements));
			}
		};
	}
}
