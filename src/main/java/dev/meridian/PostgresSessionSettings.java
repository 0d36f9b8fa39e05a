package dev.meridian;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Session settings for PostgreSQL connections, applied when the JDBC URL points at PostgreSQL and the URL does not
 * set {@code options} itself. Today one: {@code jit=off}. Meridian runs short queries; PostgreSQL's JIT compiler
 * starts when a plan's estimated cost is high, and on small tables that have not been analysed yet (a new
 * installation, a freshly loaded team) the estimates of a join over an agent's languages, skills and teams ran
 * into the hundreds of thousands of rows: each routing decision then spent 1.5 s compiling a query that runs in
 * 12 ms. Turning JIT off for these sessions is the usual advice for transaction processing.
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessionSettings {

	static final String OPTIONS = "-c jit=off";

	@Bean
	static BeanPostProcessor postgresSessionOptions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari) {
					apply(hikari);
				}
				return bean;
			}
		};
	}

	static void apply(HikariDataSource hikari) {
		String url = hikari.getJdbcUrl();
		if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains("options=")
				&& !hikari.getDataSourceProperties().containsKey("options")) {
			hikari.addDataSourceProperty("options", OPTIONS);
		}
	}
}
