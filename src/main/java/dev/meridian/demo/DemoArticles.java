package dev.meridian.demo;

import java.util.List;
import java.util.Map;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.knowledge.ArticleDraft;
import dev.meridian.knowledge.ArticleStatus;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.Articles;
import dev.meridian.knowledge.TranslationDraft;
import org.springframework.stereotype.Component;

/**
 * The demo's knowledge articles, the same few in every brand: shipping times, returns and customs duties for the
 * help centre, and an internal SOP. Customs duties has no Japanese text, so a Japanese customer's ticket shows the
 * fallback to English in the composer's article picker.
 */
@Component
class DemoArticles {

	private record Demo(String category, ArticleVisibility visibility, Map<String, TranslationDraft> texts) {
	}

	private static final List<Demo> ARTICLES = List.of(
			new Demo("Shipping", ArticleVisibility.PUBLIC, Map.of(
					"en", text("Shipping times", "Orders placed before 2 pm (warehouse time) leave the same working day.",
							"Delivery takes 2–4 working days in the EU, 3–6 in the US and 4–8 in Japan and China."),
					"de", text("Lieferzeiten", "Bestellungen bis 14 Uhr (Lagerzeit) verlassen das Lager am selben Werktag.",
							"Die Zustellung dauert in der EU 2–4 Werktage, in den USA 3–6 und in Japan und China 4–8."),
					"ja", text("配送日数について", "午後2時（倉庫の現地時間）までのご注文は当日中に出荷します。",
							"お届けまでの目安は、EUで2～4営業日、米国で3～6営業日、日本・中国で4～8営業日です。"),
					"zh-CN", text("配送时间", "仓库当地时间下午2点前下单，当天即可发货。",
							"送达时间：欧盟 2–4 个工作日，美国 3–6 个工作日，日本和中国 4–8 个工作日。"))),
			new Demo("Returns", ArticleVisibility.PUBLIC, Map.of(
					"en", text("Returns and refunds", "You may return an unused item within 30 days of delivery.",
							"Start the return from your order page; we refund within 5 working days after the item arrives."),
					"de", text("Rücksendung und Erstattung", "Unbenutzte Artikel können Sie innerhalb von 30 Tagen nach Erhalt zurücksenden.",
							"Starten Sie die Rücksendung auf Ihrer Bestellseite; wir erstatten innerhalb von 5 Werktagen nach Eingang."),
					"ja", text("返品・返金について", "未使用の商品は、お届けから30日以内であれば返品できます。",
							"注文ページから返品手続きを開始してください。商品到着後5営業日以内に返金いたします。"),
					"zh-CN", text("退货与退款", "未使用的商品可在签收后 30 天内退货。",
							"请在订单页面发起退货；我们会在收到商品后 5 个工作日内退款。"))),
			new Demo("Customs", ArticleVisibility.PUBLIC, Map.of(
					"en", text("Customs duties and import taxes", "Orders shipped from outside your country may be charged import duties and taxes on delivery.",
							"These charges are set by your customs office and are not included in our prices; the carrier collects them."),
					"de", text("Zölle und Einfuhrabgaben", "Bei Sendungen aus dem Ausland können bei der Zustellung Zölle und Einfuhrsteuern anfallen.",
							"Diese Gebühren legt Ihr Zollamt fest; sie sind nicht im Preis enthalten und werden vom Zusteller erhoben."),
					"zh-CN", text("关税与进口税", "从境外发出的订单在签收时可能需要缴纳关税和进口税。",
							"这些费用由当地海关确定，不包含在商品价格中，由承运商代收。"))),
			new Demo("Shipping", ArticleVisibility.INTERNAL, Map.of(
					"en", text("SOP: lost parcel claim", "Check the tracking: no scan for 7 working days counts as lost.",
							"Open the claim with the carrier, then offer the customer a replacement or a refund; tag the ticket lost-parcel."),
					"zh-CN", text("操作规程：包裹丢失索赔", "先查物流：连续 7 个工作日无扫描记录即视为丢失。",
							"向承运商提交索赔，然后为客户提供补发或退款；给工单加上 lost-parcel 标签。"))));

	private final Articles articles;

	DemoArticles(Articles articles) {
		this.articles = articles;
	}

	/** Creates the demo articles in each brand, published, written by {@code author}; answers how many. */
	int seed(List<BrandId> brands, AgentId author) {
		int created = 0;
		for (BrandId brand : brands) {
			for (Demo demo : ARTICLES) {
				articles.create(new ArticleDraft(brand, demo.category(), demo.visibility(), ArticleStatus.PUBLISHED,
						demo.texts()), author);
				created++;
			}
		}
		return created;
	}

	private static TranslationDraft text(String title, String first, String second) {
		return new TranslationDraft(title, "<p>" + first + "</p>\n<p>" + second + "</p>");
	}
}
