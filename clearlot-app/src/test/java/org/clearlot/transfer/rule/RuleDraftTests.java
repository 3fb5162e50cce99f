package org.clearlot.transfer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.clearlot.catalog.EmissionStandard;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** An admin's draft: every problem named at once, the city normalized, parameters kept only where they belong. */
class RuleDraftTests {

	private static final LocalDate DAY = LocalDate.of(2027, 1, 1);

	@Test
	void citiesAreNormalizedAndForeignParametersDropped() {
		TransferRule.Quota quota = new TransferRule.Quota(QuotaPolicy.SCARCE, QuotaPolicy.SCARCE, QuotaPolicy.NONE,
				QuotaPolicy.NONE);
		RuleDraft valid = new RuleDraft(RuleKind.INBOUND_EMISSION, " 西安 ", DAY, true, EmissionStandard.CN5, quota,
				RuleBasis.DERIVED, "  notice  ", " ", " 通知 ", null).validated();

		assertThat(valid.jurisdiction()).isEqualTo("Xi'an");
		assertThat(valid.quota()).as("an inbound limit has no quota").isNull();
		assertThat(valid.source()).isEqualTo("notice");
		assertThat(valid.note()).isNull();
		assertThat(valid.sourceZh()).isEqualTo("通知");
		assertThat(new RuleDraft(RuleKind.TRADABILITY, "cn", DAY, true, null, null, RuleBasis.PUBLISHED, "s", null, null, null)
				.validated().jurisdiction()).isEqualTo("CN");
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		RuleDraft bad = new RuleDraft(RuleKind.PLATE_QUOTA, "CN", LocalDate.of(1999, 12, 31), true, null, null, null,
				" ", "x".repeat(2001), null, "备".repeat(2001));

		assertThatThrownBy(bad::validated).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field)
						.containsExactlyInAnyOrder("jurisdiction", "effectiveFrom", "quota", "basis", "source", "note",
								"noteZh"));
	}

	@Test
	void aRepealNeedsNoParametersButNationalOnlyKindsStayNational() {
		RuleDraft repeal = new RuleDraft(RuleKind.PLATE_QUOTA, "Beijing", DAY, false, null, null, RuleBasis.PUBLISHED,
				"quota abolished", null, null, null);
		assertThat(repeal.validated().active()).isFalse();

		RuleDraft local = new RuleDraft(RuleKind.NATIONAL_NO_REFUSAL, "Beijing", DAY, true, EmissionStandard.CN5, null,
				RuleBasis.PUBLISHED, "s", null, null, null);
		assertThatThrownBy(local::validated).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactly("jurisdiction"));
		RuleDraft nowhere = new RuleDraft(RuleKind.INBOUND_EMISSION, "Atlantis", DAY, true, EmissionStandard.CN5, null,
				RuleBasis.PUBLISHED, "s", null, null, null);
		assertThatThrownBy(nowhere::validated).hasMessageContaining("Atlantis");
	}
}
