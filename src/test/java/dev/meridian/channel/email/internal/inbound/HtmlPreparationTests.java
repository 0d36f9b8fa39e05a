package dev.meridian.channel.email.internal.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlPreparationTests {

	@Test
	void pointsInlineImagesAtTheStoredMessage() {
		String html = HtmlPreparation.prepare("<p>see</p><img src=\"cid:photo1@buyer.example\" alt=\"photo\">", 42);
		assertThat(html).contains("src=\"/mail/inline/42/cGhvdG8xQGJ1eWVyLmV4YW1wbGU\"").doesNotContain("cid:");
	}

	@Test
	void blocksRemoteImagesUntilTheAgentLoadsThem() {
		String html = HtmlPreparation.prepare("<img src=\"https://tracker.example/o.gif?id=1\"><img src=\"//cdn.example/x.png\">", 1);
		assertThat(html).doesNotContain(" src=").contains("data-src=\"https://tracker.example/o.gif?id&#61;1\"")
			.contains("data-src=\"//cdn.example/x.png\"");
	}

	@Test
	void removesScriptsFormsAndEventHandlers() {
		String html = HtmlPreparation.prepare("<script>x()</script><p onclick=\"y()\">hi</p><form><input></form>"
				+ "<a href=\"javascript:z()\">a</a><img src=\"data:image/png;base64,AAAA\">", 1);
		assertThat(html).doesNotContain("script", "onclick", "form", "input", "javascript", "data:").contains("<p>hi</p>");
	}

	@Test
	void emptyHtmlIsNoHtml() {
		assertThat(HtmlPreparation.prepare("  ", 1)).isNull();
		assertThat(HtmlPreparation.prepare("<script>only()</script>", 1)).isNull();
	}
}
