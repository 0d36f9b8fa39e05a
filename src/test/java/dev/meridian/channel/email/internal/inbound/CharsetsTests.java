package dev.meridian.channel.email.internal.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetsTests {

	@Test
	void readsLabelsAsTheirSupersets() {
		assertThat(Charsets.resolve("GB2312")).isEqualTo(Charset.forName("GB18030"));
		assertThat(Charsets.resolve("\"shift_jis\"")).isEqualTo(Charset.forName("windows-31j"));
		assertThat(Charsets.resolve("ks_c_5601-1987")).isEqualTo(Charset.forName("x-windows-949"));
		assertThat(Charsets.resolve("iso-8859-1")).isEqualTo(Charset.forName("windows-1252"));
		assertThat(Charsets.resolve("utf8")).isEqualTo(StandardCharsets.UTF_8);
		assertThat(Charsets.resolve("x-unknown-charset")).isNull();
	}

	@Test
	void recognisesUtf8LabelledAsLatin1() {
		assertThat(Charsets.decode("café".getBytes(StandardCharsets.UTF_8), "iso-8859-1")).isEqualTo("café");
	}

	@Test
	void guessesUnlabelledChineseAndWesternText() {
		assertThat(Charsets.decode("请尽快发货".getBytes(Charset.forName("GBK")), null)).isEqualTo("请尽快发货");
		assertThat(Charsets.decode("Grüße aus München, die Größe passt.".getBytes(Charset.forName("windows-1252")), "utf-8"))
			.isEqualTo("Grüße aus München, die Größe passt.");
	}
}
