package org.clearlot.transfer.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.clearlot.catalog.EmissionStandard;
import org.junit.jupiter.api.Test;

/** Which version applies on a date: the latest in force by then, a correction over its original, local over national. */
class RuleSetTests {

	private static final LocalDate START = LocalDate.of(2016, 6, 1);

	@Test
	void aDateGetsTheLatestVersionInForceByThen() {
		RuleSet rules = new RuleSet(List.of(inbound("Hangzhou", 1, START, EmissionStandard.CN5),
				inbound("Hangzhou", 2, LocalDate.of(2019, 7, 1), EmissionStandard.CN6),
				inbound("Hangzhou", 3, LocalDate.of(2022, 6, 1), EmissionStandard.CN5)));

		assertThat(version(rules, "Hangzhou", "2019-06-30")).isEqualTo(1);
		assertThat(version(rules, "Hangzhou", "2019-07-01")).isEqualTo(2);
		assertThat(version(rules, "Hangzhou", "2022-05-31")).isEqualTo(2);
		assertThat(version(rules, "Hangzhou", "2022-06-01")).isEqualTo(3);
		assertThat(rules.applicable(RuleKind.INBOUND_EMISSION, "Hangzhou", LocalDate.of(2016, 5, 31))).isEmpty();
		assertThat(rules.start()).isEqualTo(START);
	}

	@Test
	void aCorrectionWithTheSameDateWinsAndAnInsertedPeriodSplitsTheOld() {
		RuleSet rules = new RuleSet(List.of(inbound("Xi'an", 1, START, EmissionStandard.CN5),
				inbound("Xi'an", 2, LocalDate.of(2022, 1, 1), EmissionStandard.CN6),
				inbound("Xi'an", 3, START, EmissionStandard.CN4),
				inbound("Xi'an", 4, LocalDate.of(2020, 1, 1), EmissionStandard.CN5)));

		assertThat(version(rules, "Xi'an", "2017-01-01")).as("v3 corrects v1").isEqualTo(3);
		assertThat(version(rules, "Xi'an", "2021-01-01")).as("v4 inserts a period").isEqualTo(4);
		assertThat(version(rules, "Xi'an", "2023-01-01")).as("v2 still governs its own period").isEqualTo(2);
		assertThat(rules.latest()).extracting(TransferRule::version).containsExactly(2);
	}

	@Test
	void aCitysRuleTakesPrecedenceAndItsRepealLeavesTheNationalOne() {
		TransferRule national = inbound("CN", 1, START, EmissionStandard.CN3);
		TransferRule local = inbound("Lhasa", 1, LocalDate.of(2020, 1, 1), EmissionStandard.CN5);
		TransferRule repeal = new TransferRule(UUID.randomUUID(), RuleKind.INBOUND_EMISSION, "Lhasa", 2,
				LocalDate.of(2024, 1, 1), false, null, null, RuleBasis.PUBLISHED, "repeal", null, null, null, Instant.now(), null);
		RuleSet rules = new RuleSet(List.of(national, local, repeal));

		assertThat(rules.applicable(RuleKind.INBOUND_EMISSION, "Lhasa", LocalDate.of(2019, 1, 1))).contains(national);
		assertThat(rules.applicable(RuleKind.INBOUND_EMISSION, "Lhasa", LocalDate.of(2021, 1, 1))).contains(local);
		assertThat(rules.applicable(RuleKind.INBOUND_EMISSION, "Lhasa", LocalDate.of(2024, 1, 1))).contains(national);
		assertThat(rules.applicable(RuleKind.INBOUND_EMISSION, "Wuhan", LocalDate.of(2024, 1, 1))).contains(national);
	}

	private static int version(RuleSet rules, String city, String date) {
		return rules.applicable(RuleKind.INBOUND_EMISSION, city, LocalDate.parse(date)).orElseThrow().version();
	}

	static TransferRule inbound(String jurisdiction, int version, LocalDate from, EmissionStandard minimum) {
		return new TransferRule(UUID.randomUUID(), RuleKind.INBOUND_EMISSION, jurisdiction, version, from, true, minimum,
				null, RuleBasis.PUBLISHED, "test source", null, null, null, Instant.now(), null);
	}
}
