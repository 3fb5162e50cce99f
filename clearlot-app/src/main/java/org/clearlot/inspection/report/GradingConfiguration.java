package org.clearlot.inspection.report;

import org.clearlot.inspection.grading.DeductionTable;
import org.clearlot.inspection.grading.Grader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The grader with the default GB/T 30323 deduction table (docs/inspection-scoring.md). */
@Configuration(proxyBeanMethods = false)
class GradingConfiguration {

	@Bean
	Grader grader() {
		return new Grader(DeductionTable.defaults());
	}
}
