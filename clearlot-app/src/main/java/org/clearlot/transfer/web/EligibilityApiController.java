package org.clearlot.transfer.web;

import java.time.LocalDate;
import java.util.List;

import org.clearlot.platform.geo.Cities;
import org.clearlot.transfer.eligibility.TransferEligibility;
import org.clearlot.transfer.rule.RuleBook;
import org.clearlot.transfer.rule.RuleSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a car can be registered in a city, and which cities the rules know. Public: the rules are public. */
@RestController
@RequestMapping("/api/v1/transfer-eligibility")
class EligibilityApiController {

	private final TransferEligibility eligibility;
	private final RuleBook rules;
	private final FindingText text;
	private final AnswerThrottle throttle;

	EligibilityApiController(TransferEligibility eligibility, RuleBook rules, FindingText text,
			AnswerThrottle throttle) {
		this.eligibility = eligibility;
		this.rules = rules;
		this.text = text;
		this.throttle = throttle;
	}

	/** {@code date} is YYYY-MM-DD, today in China when left out; cities by pinyin or Chinese name. */
	@GetMapping
	EligibilityResponse answer(@RequestParam(required = false) String vin,
			@RequestParam(required = false) String toCity, @RequestParam(required = false) String date,
			HttpServletRequest request) {
		throttle.acquire(request.getRemoteAddr());
		return EligibilityResponse.of(eligibility.answer(vin, toCity, date), text);
	}

	@GetMapping("/cities")
	CitiesResponse cities() {
		RuleSet current = rules.current();
		LocalDate today = eligibility.today();
		return new CitiesResponse(today, current.start(),
				Cities.all().stream().map(city -> TransferCityResponse.of(CityRules.of(city, current, today))).toList());
	}

	/** The cities, with the rules in force on {@code date}; {@code rulesStart} is the first date answered. */
	record CitiesResponse(LocalDate date, LocalDate rulesStart, List<TransferCityResponse> cities) {
	}
}
