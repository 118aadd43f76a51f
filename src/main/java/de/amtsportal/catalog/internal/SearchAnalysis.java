package de.amtsportal.catalog.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the catalogue's texts are split into searchable terms. Lucene ships no German analyzer that handles
 * compound words, so it is built here:
 *
 * <ul>
 * <li>{@link #GERMAN} (indexing): standard tokenizer, lower case, German normalisation (ä→a, ö→o, ü→u, ß→ss,
 * also ae/oe/ue), light stemming ("Parkausweise" → "parkausweis"), then every inner part of 4 to 20 letters of
 * each word (n-grams, keeping the whole word too) — so "Brunnen" finds "Brunnenbohrung" and "Wohnungsgeber"
 * finds "Wohnungsgeberbescheinigung" without a dictionary of compounds.</li>
 * <li>{@link #GERMAN_QUERY} (searching, and whole-word fields): the same without n-grams, with German stop
 * words removed so that "Wie melde ich meinen Hund an" still requires only the words that mean something.</li>
 * <li>{@link #ENGLISH} / {@link #ENGLISH_QUERY}: the English translations, with Porter stemming.</li>
 * <li>{@link #SORT}: a normaliser for sorting by name regardless of case and umlauts.</li>
 * </ul>
 * Normalisation runs before stemming so that "Strasse" and "Straße" meet in one stem.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	public static final String GERMAN = "german";
	public static final String GERMAN_QUERY = "german_query";
	public static final String ENGLISH = "english";
	public static final String ENGLISH_QUERY = "english_query";
	public static final String SORT = "sort";

	static final int SHORTEST_PART = 4;
	static final int LONGEST_PART = 20;

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(GERMAN).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("germanNormalization")
			.tokenFilter("germanLightStem")
			.tokenFilter("nGram")
				.param("minGramSize", String.valueOf(SHORTEST_PART))
				.param("maxGramSize", String.valueOf(LONGEST_PART))
				.param("preserveOriginal", "true");
		context.analyzer(GERMAN_QUERY).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("stop")
				.param("words", "org/apache/lucene/analysis/snowball/german_stop.txt")
				.param("format", "snowball")
			.tokenFilter("germanNormalization")
			.tokenFilter("germanLightStem");
		context.analyzer(ENGLISH).custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("porterStem");
		context.analyzer(ENGLISH_QUERY).custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("stop")
				.param("words", "org/apache/lucene/analysis/snowball/english_stop.txt")
				.param("format", "snowball")
			.tokenFilter("porterStem");
		context.normalizer(SORT).custom()
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}
}
