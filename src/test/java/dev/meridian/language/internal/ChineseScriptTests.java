package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseScriptTests {

	@Test
	void recognisesSimplifiedChinese() {
		assertThat(ChineseScript.of("你好，我上周下的订单到现在还没有收到。")).isEqualTo("zh-CN");
		assertThat(ChineseScript.of("优惠码在付款时用不了。")).isEqualTo("zh-CN");
	}

	@Test
	void recognisesTraditionalChinese() {
		assertThat(ChineseScript.of("你好，我上週訂的商品到現在還沒收到。")).isEqualTo("zh-TW");
		assertThat(ChineseScript.of("折扣碼在結帳時不能用。")).isEqualTo("zh-TW");
	}

	@Test
	void goesWithTheMajorityOfDistinguishingCharacters() {
		assertThat(ChineseScript.of("這個订单号码")).isEqualTo("zh-CN");
	}

	@Test
	void saysJustChineseWhenNothingDistinguishesTheScripts() {
		assertThat(ChineseScript.of("你好")).isEqualTo("zh");
	}

	@Test
	void doesNotCountSimplifiedFormsThatTraditionalTextAlsoUses() {
		assertThat(ChineseScript.of("皇后")).isEqualTo("zh");
	}
}
