package dev.meridian.language.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells Simplified from Traditional Chinese by the characters that exist in only one of the two scripts. A short
 * curated list of common pairs is enough: a customer's sentence nearly always contains a few of them (这/這, 们/們,
 * 货/貨, 谢/謝 ...). Text with none of them is just Chinese, {@code zh}.
 */
final class ChineseScript {

	static final String SIMPLIFIED = "zh-CN";
	static final String TRADITIONAL = "zh-TW";
	static final String UNKNOWN_SCRIPT = "zh";

	/** Pairs of a simplified character and its traditional form. */
	private static final String PAIRS =
			"这這们們个個来來时時为為说說国國会會过過还還没沒货貨订訂单單买買卖賣换換问問题題请請谢謝运運费費东東号號码碼邮郵递遞给給"
			+ "应應该該吗嗎么麼样樣对對经經现現开開关關间間网網购購质質坏壞错錯实實际際产產颜顏双雙话話电電联聯务務处處让讓发發达達帮幫"
			+ "试試页頁图圖书書车車门門见見观觀论論识識认認设設证證语語读讀写寫无無长長张張业業动動边邊进進远遠选選连連办辦气氣华華压壓"
			+ "变變听聽员員园園块塊场場层層岁歲币幣师師带帶广廣库庫异異当當录錄总總户戶护護报報据據损損数數断斷旧舊显顯术術机機权權条條"
			+ "极極标標检檢欢歡汇匯测測满滿灯燈点點热熱爱愛状狀环環画畫确確礼禮种種称稱税稅稳穩笔筆简簡签簽类類纸紙线線组組细細终終结結"
			+ "络絡绝絕统統继繼续續维維绿綠职職节節药藥虽雖补補装裝规規视視觉覺计計议議记記讲講许許评評诉訴详詳误誤课課谁誰调調谈談贵貴"
			+ "资資赔賠转轉软軟输輸钱錢铁鐵银銀链鏈销銷锁鎖键鍵闭閉队隊阶階陆陸险險随隨难難顺順须須顾顧预預领領频頻风風饭飯马馬验驗骗騙"
			+ "鲜鮮鸡雞麦麥齐齊龙龍亲親乐樂乱亂亚亞仅僅从從价價优優伤傷传傳债債儿兒兴興军軍决決况況减減则則刚剛别別劳勞区區医醫历歷参參"
			+ "团團围圍圆圓坚堅备備头頭妈媽学學宝寶审審宽寬寻尋导導将將属屬岛島帐帳庆慶废廢归歸忆憶态態怀懷惊驚惯慣愿願战戰执執扩擴扫掃"
			+ "扰擾担擔择擇挡擋摄攝敌敵暂暫杂雜构構柜櫃档檔毕畢汉漢沟溝浅淺济濟涨漲渐漸湾灣灭滅灾災烦煩烧燒牵牽独獨猫貓疗療监監盖蓋盘盤"
			+ "离離积積穷窮竞競紧緊纪紀约約级級练練织織绍紹编編缩縮罚罰聪聰肤膚脑腦脸臉获獲虑慮览覽触觸训訓讯訊访訪词詞译譯诚誠询詢贝貝"
			+ "负負账賬贴貼贺賀赛賽赶趕轮輪轻輕载載较較辆輛迟遲适適遗遺释釋针針钟鐘钢鋼铺鋪锅鍋镜鏡闪閃闲閒闹鬧闻聞阅閱阳陽阴陰陈陳雾霧"
			+ "顶頂项項飞飛饮飲饰飾馆館龄齡体體复複后後里裡并並";

	/** Simplified forms that traditional text also uses (后 queen, 里 village, 并, 复, 体), so they count for neither. */
	private static final String SHARED = "后里并复体";

	private static final Set<Integer> SIMPLIFIED_ONLY = new HashSet<>();
	private static final Set<Integer> TRADITIONAL_ONLY = new HashSet<>();

	static {
		for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
			if (SHARED.indexOf(PAIRS.charAt(i)) < 0) {
				SIMPLIFIED_ONLY.add((int) PAIRS.charAt(i));
			}
			TRADITIONAL_ONLY.add((int) PAIRS.charAt(i + 1));
		}
	}

	private ChineseScript() {
	}

	/** {@code zh-CN}, {@code zh-TW}, or {@code zh} when the text does not show which script it is written in. */
	static String of(String text) {
		int simplified = 0;
		int traditional = 0;
		for (int i = 0; i < text.length(); i++) {
			int c = text.charAt(i);
			if (SIMPLIFIED_ONLY.contains(c)) {
				simplified++;
			}
			else if (TRADITIONAL_ONLY.contains(c)) {
				traditional++;
			}
		}
		if (simplified == traditional) {
			return UNKNOWN_SCRIPT;
		}
		return simplified > traditional ? SIMPLIFIED : TRADITIONAL;
	}
}
