package dev.meridian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanitizedHtmlTests {

	@Test
	void removesScriptsAndEventHandlersButKeepsFormatting() {
		String html = SanitizedHtml.of("<p onclick=\"steal()\">Hi <b>there</b><script>alert(1)</script>"
				+ "<a href=\"javascript:alert(2)\">x</a><img src=\"https://x.example/a.png\" onerror=\"alert(3)\"></p>").html();
		assertThat(html).contains("<b>there</b>", "<img src=\"https://x.example/a.png\"")
			.doesNotContain("script", "onclick", "onerror", "javascript");
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", value = {
			"<p>Hi <b>there</b></p><p>Second</p> => Hi there\\nSecond",
			"a<br>b => a\\nb",
			"x<br><br><br><br>y => x\\n\\ny",
			"<ul><li>one</li><li>two</li></ul> => one\\ntwo",
			"<pre>  code\\n  x</pre> => code\\n  x",
			"<p>a</p>\\n\\n\\n<p>b</p> => a\\n\\nb",
			"<h1>T</h1>text<blockquote>q</blockquote>after => T\\ntextq\\nafter",
			"'&amp; &lt; x' => & < x",
			"'  lead  <p> para   </p>  ' => 'lead   para'" })
	void keepsLineAndParagraphBreaksInPlainText(String html, String text) {
		assertThat(SanitizedHtml.plainText(html.replace("\\n", "\n"))).isEqualTo(text.replace("\\n", "\n"));
	}

	@Test
	void turnsMegabytesOfMarkupIntoTextInLinearTime() {
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			assertThat(SanitizedHtml.plainText("x" + "<br>".repeat(500_000))).isEqualTo("x");
			assertThat(SanitizedHtml.plainText("x" + " ".repeat(2_000_000) + "y")).startsWith("x").endsWith("y");
			assertThat(SanitizedHtml.plainText("<p>a</p>" + "\n \t".repeat(500_000) + "b")).isEqualTo("a\n\n \tb");
		});
	}
}
