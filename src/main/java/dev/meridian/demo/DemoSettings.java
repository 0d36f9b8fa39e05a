package dev.meridian.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled seed the demo on first start ({@code MERIDIAN_DEMO})
 * @param tickets how many tickets to create
 * @param customers how many customers to create
 * @param seed random seed, so that every demo looks the same
 * @param agentPassword the password of every demo agent
 */
@ConfigurationProperties("meridian.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("300") int tickets,
		@DefaultValue("200") int customers, @DefaultValue("20261124") long seed,
		@DefaultValue("meridian-demo") String agentPassword) {
}
