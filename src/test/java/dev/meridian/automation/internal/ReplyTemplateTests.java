package dev.meridian.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.meridian.shared.DomainException;
import org.junit.jupiter.api.Test;

class ReplyTemplateTests {

	@Test
	void rendersEveryPlaceholderWithItsValue() {
		ReplyTemplate template = ReplyTemplate.parse(
				"Hi {{customer.first_name}}, order {{ ticket.order_id }} is on its way. — {{agent.name}}, {{brand.name}}");

		String text = template.render(Map.of("customer.first_name", "Jonas", "ticket.order_id", "303-1234567",
				"agent.name", "Ana Lima", "brand.name", "Kitsune"));

		assertThat(text).isEqualTo("Hi Jonas, order 303-1234567 is on its way. — Ana Lima, Kitsune");
		assertThat(template.placeholders()).containsExactly("customer.first_name", "ticket.order_id", "agent.name",
				"brand.name");
	}

	@Test
	void rendersAKnownPlaceholderWithoutValueAsNothing() {
		assertThat(ReplyTemplate.parse("Order: {{ticket.order_id}}.").render(Map.of())).isEqualTo("Order: .");
	}

	@Test
	void keepsTextWithoutPlaceholdersAndSingleBracesAsItIs() {
		String text = "Use code {SPRING} } or { at checkout.";
		assertThat(ReplyTemplate.parse(text).render(Map.of())).isEqualTo(text);
	}

	@Test
	void refusesAnUnknownPlaceholderNamingIt() {
		assertThatThrownBy(() -> ReplyTemplate.parse("Hi {{customer.frist_name}}"))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("automation.unknown_placeholder");
				assertThat(e.details()).containsExactly("customer.frist_name");
				assertThat(e.getMessage()).contains("customer.first_name");
			});
	}

	@Test
	void refusesAPlaceholderThatIsNeverClosed() {
		assertThatThrownBy(() -> ReplyTemplate.parse("Hi {{customer.name, thanks {{agent.name}}"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("automation.unclosed_placeholder"));
		assertThatThrownBy(() -> ReplyTemplate.parse("Hi {{customer.name"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("automation.unclosed_placeholder"));
	}
}
