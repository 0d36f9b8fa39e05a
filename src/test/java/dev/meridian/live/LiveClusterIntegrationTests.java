package dev.meridian.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.meridian.MeridianApplication;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.OpenTicket;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Meridian nodes on one PostgreSQL database, as in a cluster behind a load balancer: an agent signs in on one
 * node and listens on the other (sessions are not pinned), and a ticket opened on the first node reaches the
 * stream on the second through LISTEN/NOTIFY. Runs when the suite runs on PostgreSQL ({@code MERIDIAN_DB_URL}),
 * as CI does; on H2 there is one node and the in-process bus, so it is skipped.
 */
class LiveClusterIntegrationTests {

	private static ConfigurableApplicationContext nodeA;
	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		String url = System.getenv("MERIDIAN_DB_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "two nodes need PostgreSQL");
		nodeA = node("a");
		nodeB = node("b");
	}

	private static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(MeridianApplication.class)
			.profiles("test")
			.run("--server.port=0", "--spring.jmx.enabled=false", "--spring.datasource.hikari.pool-name=node-" + name);
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void ticketOpenedOnOneNodeReachesAnAgentStreamingFromTheOther() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		try (AgentSession agent = AgentSession.signIn(base(nodeA), "admin@meridian.test", "Test-Admin-Pass-1")) {
			agent.listen(base(nodeB));

			BrandView brand = nodeA.getBean(Brands.class).create(new BrandDraft("Cluster " + run, null, List.of()));
			CustomerView customer = nodeA.getBean(Customers.class)
				.create(new CustomerDraft("Lena Fischer", "lena." + run + "@example.com", "de", null, null, null));
			TicketView ticket = nodeA.getBean(Tickets.class).open(new OpenTicket("Lieferung fehlt " + run, brand.id(),
					Channel.EMAIL, customer.id(), MessageBody.text("Mein Paket ist nicht angekommen."), null, List.of(),
					null));

			AgentSession.Event event = agent.next(e -> e.name().equals("ticket")
					&& ticket.id().toString().equals(e.data().get("ticket").asString()), Duration.ofSeconds(10));
			assertThat(event.data().get("change").asString()).isEqualTo("opened");
			assertThat(event.data().get("brand").asString()).isEqualTo(brand.id().toString());
		}
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}
}
