package org.clearlot.transfer.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clearlot.catalog.CatalogApi;
import org.clearlot.catalog.RegistrationFacts;
import org.clearlot.catalog.Vin;
import org.clearlot.inspection.InspectionApi;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.geo.City;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.NotFoundException;
import org.clearlot.platform.web.Reason;
import org.clearlot.transfer.rule.RuleBook;
import org.clearlot.transfer.rule.RuleSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers whether a registered car can be registered in a city on a date (today in China when no date is given),
 * and keeps the answer with the rule versions it used.
 */
@Service
public class TransferEligibility {

	/** Registration offices keep China's time. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The last day answered: rules are dated, not eternal, and the database stores dates to year 5874897 only. */
	static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

	private final CatalogApi catalog;
	private final InspectionApi inspection;
	private final RuleBook rules;
	private final AnswerStore answers;
	private final Clock clock;

	TransferEligibility(CatalogApi catalog, InspectionApi inspection, RuleBook rules, AnswerStore answers,
			Clock clock) {
		this.catalog = catalog;
		this.inspection = inspection;
		this.rules = rules;
		this.answers = answers;
		this.clock = clock;
	}

	/**
	 * The answer for the raw request values; every malformed value is named at once (400), an unknown car is 404.
	 */
	@Transactional
	public TransferAnswer answer(String vin, String toCity, String date) {
		RuleSet ruleSet = rules.current();
		List<FieldProblem> problems = new ArrayList<>();
		Vin.check(vin).ifPresent(problems::add);
		City city = city(toCity, problems);
		LocalDate day = date(date, ruleSet, problems);
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		RegistrationFacts car = catalog.registrationFacts(vin)
				.orElseThrow(() -> new NotFoundException("No registered vehicle with VIN " + vin.strip()));
		TransferCase question = new TransferCase(car, city, day, inspection.tradability(car.vin()),
				catalog.sellingOrganization(car.vin()).isPresent());
		TransferAnswer answer = new TransferAnswer(UUID.randomUUID(), car.vin(), city, day,
				EligibilityRules.assess(ruleSet, question), clock.instant());
		UUID kept = answers.keep(answer);
		return kept.equals(answer.id()) ? answer
				: new TransferAnswer(kept, answer.vin(), city, day, answer.assessment(), answer.answeredAt());
	}

	/** Today in China. */
	public LocalDate today() {
		return today(clock);
	}

	/** Today in China by this clock. */
	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(CHINA));
	}

	private static City city(String raw, List<FieldProblem> problems) {
		if (raw == null || raw.isBlank()) {
			problems.add(FieldProblem.of("toCity", Reason.REQUIRED));
			return null;
		}
		Optional<City> city = Cities.find(raw);
		if (city.isEmpty()) {
			problems.add(FieldProblem.of("toCity", Reason.UNKNOWN_TRANSFER_CITY, raw.strip()));
		}
		return city.orElse(null);
	}

	private LocalDate date(String raw, RuleSet ruleSet, List<FieldProblem> problems) {
		if (raw == null || raw.isBlank()) {
			return today();
		}
		try {
			LocalDate day = LocalDate.parse(raw.strip());
			if (day.isBefore(ruleSet.start())) {
				problems.add(FieldProblem.of("date", Reason.BEFORE_TRANSFER_RULES, ruleSet.start()));
			}
			else if (day.isAfter(LATEST_DATE)) {
				problems.add(FieldProblem.of("date", Reason.RANGE, ruleSet.start(), LATEST_DATE));
			}
			return day;
		}
		catch (DateTimeParseException e) {
			problems.add(FieldProblem.of("date", Reason.NOT_DATE, raw.strip()));
			return null;
		}
	}
}
