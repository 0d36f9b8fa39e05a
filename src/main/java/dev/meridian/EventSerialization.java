package dev.meridian;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores event publications as JSON written by the application's {@link JsonMapper}, as Spring Modulith's own
 * Jackson serializer does, so publications stored by either read back alike. Modulith's looks the mapper up in the
 * bean factory for every event it stores or reads (about one percent of the request thread's CPU for an ingested
 * message, which stores four or five); this one is handed the mapper once.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

	@Bean
	EventSerializer eventSerializer(JsonMapper mapper) {
		return new EventSerializer() {

			@Override
			public Object serialize(Object event) {
				return mapper.writeValueAsString(event);
			}

			@Override
			public <T> T deserialize(Object serialized, Class<T> type) {
				return mapper.readerFor(type).readValue(serialized.toString());
			}
		};
	}
}
