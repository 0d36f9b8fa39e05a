package dev.meridian.channel.chat.web;

import dev.meridian.channel.chat.ChatOrigins;
import dev.meridian.channel.chat.internal.ChatRateLimits;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.ObjectMapper;

/** The widget's WebSocket at {@code /widget/ws} and the gate in front of it and of {@code /widget/api/**}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WidgetConfig implements WebSocketConfigurer {

	private final WidgetSocket socket;

	WidgetConfig(WidgetSocket socket) {
		this.socket = socket;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		// WidgetGate has checked the origin against the brand's list before the handshake gets here.
		registry.addHandler(socket, "/widget/ws").setAllowedOriginPatterns("*").addInterceptors(socket);
	}

	@Bean
	FilterRegistrationBean<WidgetGate> widgetGate(ChatOrigins origins, ChatRateLimits limits, ObjectMapper json) {
		FilterRegistrationBean<WidgetGate> registration = new FilterRegistrationBean<>(
				new WidgetGate(origins, limits, json));
		registration.addUrlPatterns("/widget/api/*", "/widget/ws");
		registration.setName("widgetGate");
		return registration;
	}
}
