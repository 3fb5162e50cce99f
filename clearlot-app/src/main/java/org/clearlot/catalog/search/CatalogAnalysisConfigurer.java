package org.clearlot.catalog.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The {@code clearlot_text} analyzer for mixed Chinese and English text: the standard tokenizer, full-width
 * folding, lower-casing, accent folding, and CJK bigrams with unigrams so that "比亚迪" and "汉" both match.
 */
public class CatalogAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("clearlot_text").custom()
				.tokenizer(StandardTokenizerFactory.class)
				.tokenFilter(CJKWidthFilterFactory.class)
				.tokenFilter(LowerCaseFilterFactory.class)
				.tokenFilter(ASCIIFoldingFilterFactory.class)
				.tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");
	}
}
