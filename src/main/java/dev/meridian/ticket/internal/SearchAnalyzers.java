package dev.meridian.ticket.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.jspecify.annotations.Nullable;

/**
 * One analyzer per language that language detection names, so that a word matches its inflected forms in its own
 * language ("Bestellung" finds "Bestellungen") and scripts without spaces are cut into words (kuromoji for Japanese,
 * smartcn for Simplified Chinese, bigrams for Korean and Traditional Chinese). Text of no known language, and
 * subjects, go to {@link #FALLBACK}: words as Unicode separates them, accents folded, CJK runs in bigrams.
 */
public class SearchAnalyzers implements LuceneAnalysisConfigurer {

	/** The analyzer of text whose language is unknown or has no analyzer of its own (Vietnamese, for one). */
	static final String FALLBACK = "any";

	/** Primary language subtag to analyzer name; Chinese is told apart by script in {@link #of}. */
	private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(Map.entry("en", "en"), Map.entry("de", "de"),
			Map.entry("fr", "fr"), Map.entry("es", "es"), Map.entry("it", "it"), Map.entry("pt", "pt"),
			Map.entry("nl", "nl"), Map.entry("pl", "pl"), Map.entry("sv", "sv"), Map.entry("ru", "ru"),
			Map.entry("ar", "ar"), Map.entry("tr", "tr"), Map.entry("th", "th"), Map.entry("id", "id"),
			Map.entry("ja", "ja"), Map.entry("ko", "ko"));

	/** Every analyzer name, each the suffix of one text field of the ticket index. */
	static final List<String> NAMES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ru", "ar", "tr",
			"th", "id", "ja", "ko", "zh-hans", "zh-hant", FALLBACK);

	/** The analyzer for text in {@code languageTag}, a BCP 47 tag as detection stores it; null means unknown. */
	static String of(@Nullable String languageTag) {
		if (languageTag == null || languageTag.isBlank()) {
			return FALLBACK;
		}
		Locale locale = Locale.forLanguageTag(languageTag.strip());
		if ("zh".equals(locale.getLanguage())) {
			boolean traditional = locale.getScript().isEmpty() ? List.of("TW", "HK", "MO").contains(locale.getCountry())
					: "Hant".equals(locale.getScript());
			return traditional ? "zh-hant" : "zh-hans";
		}
		return BY_LANGUAGE.getOrDefault(locale.getLanguage(), FALLBACK);
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("en").instance(new EnglishAnalyzer());
		context.analyzer("de").instance(new GermanAnalyzer());
		context.analyzer("fr").instance(new FrenchAnalyzer());
		context.analyzer("es").instance(new SpanishAnalyzer());
		context.analyzer("it").instance(new ItalianAnalyzer());
		context.analyzer("pt").instance(new PortugueseAnalyzer());
		context.analyzer("nl").instance(new DutchAnalyzer());
		context.analyzer("pl").instance(new PolishAnalyzer());
		context.analyzer("sv").instance(new SwedishAnalyzer());
		context.analyzer("ru").instance(new RussianAnalyzer());
		context.analyzer("ar").instance(new ArabicAnalyzer());
		context.analyzer("tr").instance(new TurkishAnalyzer());
		context.analyzer("th").instance(new ThaiAnalyzer());
		context.analyzer("id").instance(new IndonesianAnalyzer());
		context.analyzer("ja").instance(new JapaneseAnalyzer());
		// Korean has no morphological analyzer in this Lucene's modules (nori is not pinned here); bigrams find
		// words inside compounds at the cost of some false hits.
		context.analyzer("ko").instance(new CJKAnalyzer());
		context.analyzer("zh-hans").instance(new SmartChineseAnalyzer());
		// smartcn's dictionary is Simplified; bigrams serve Traditional text better than a wrong segmentation.
		context.analyzer("zh-hant").instance(new CJKAnalyzer());
		context.analyzer(FALLBACK).instance(new AnyLanguageAnalyzer());
	}

	/** No stop words and no stemming, since the language is unknown: what is typed is what matches. */
	private static final class AnyLanguageAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new CJKWidthFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			stream = new CJKBigramFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
		}
	}
}
