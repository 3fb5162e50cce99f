package org.clearlot.platform.web;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a field is invalid, with its English wording; the UI shows the Chinese wording from the message bundle key
 * {@code problem.<NAME>}. Arguments are filled in MessageFormat style.
 */
public enum Reason {
	REQUIRED("is required"),
	REQUIRED_ONE_OF("is required; one of {0}"),
	TOO_LONG("must have at most {0} characters"),
	RANGE("must be between {0} and {1}"),
	NOT_ONE_OF("''{0}'' is not one of {1}"),
	NOT_VALID("''{0}'' is not a valid value"),
	NOT_WHOLE_NUMBER("''{0}'' is not a whole number"),
	NOT_NUMBER("''{0}'' is not a number"),
	NOT_DATE("''{0}'' is not a date (YYYY-MM-DD)"),
	TWO_DECIMALS("''{0}'' has more than two decimals"),
	NEGATIVE("must not be negative"),
	FUTURE_DATE("must not be in the future"),
	BEFORE_MODEL_YEAR("is more than a year before the model year {0}"),
	UNKNOWN_CITY("unknown city ''{0}''"),
	BEV_NEEDS_ZERO_EMISSION("a BEV has no tailpipe: use ZERO_EMISSION"),
	ONLY_BEV_ZERO_EMISSION("only a BEV is ZERO_EMISSION; give the China standard (CN4, CN5, CN6 …)"),
	BATTERY_REQUIRED("is required for a {0}"),
	ICE_HAS_NO_BATTERY("an ICE car has no traction battery"),
	PACK_CODE_FORMAT("is not a GB/T 34014 battery code: {0}"),
	PRICE_REQUIRED("is required (integer fen: ¥1 = 100)"),
	VIN_NOT_REGISTERED("is not registered; POST /api/v1/vehicles first"),
	VIN_REQUIRED("VIN is required"),
	VIN_LENGTH("VIN must have 17 characters, not {0}"),
	VIN_FORBIDDEN_LETTER("VIN must not contain I, O or Q (found ''{0}'' at position {1})"),
	VIN_BAD_CHARACTER("VIN may only contain digits and letters (found ''{0}'' at position {1})"),
	VIN_CHECK_DIGIT("VIN check digit (position 9) is ''{0}'' but should be ''{1}''"),
	DUPLICATE_ITEM("item {0} is listed more than once"),
	DUPLICATE_IN_FILE("appears more than once in this file"),
	OPEN_LISTING_EXISTS("VIN {0} already has an open listing"),
	DIFFERENT_CAR("VIN {0} is registered as a different car ({1})"),
	CONCURRENT_CONFLICT("conflicts with existing data (the VIN was registered or listed concurrently)"),
	SORT_UNKNOWN("must be one of relevance, newest, price_asc, price_desc, mileage_asc"),
	RESULT_WINDOW("results beyond the first {0} are not served; narrow the search"),
	USERNAME_FORMAT("3–32 characters: letters, digits, dot, dash or underscore"),
	DISPLAY_NAME_LENGTH("1–80 characters are required"),
	LISTING_TRANSITION("listing {0} is {1} and cannot become {2}"),
	LISTING_NOT_EDITABLE("listing {0} is {1} and can no longer be edited"),
	CHANGED_CONCURRENTLY("the listing was changed at the same time by someone else; reload and try again"),
	PHOTO_FILE_NAME("the file name must not contain path separators, '..' or control characters"),
	PHOTO_TOO_LARGE("photos may have at most {0} MB and 10,000 pixels a side"),
	PHOTO_NOT_IMAGE("is not a JPEG or PNG photo"),
	PHOTO_UNKNOWN("photo {0} does not exist or was uploaded by someone else"),
	FILE_EMPTY("choose a non-empty CSV file"),
	FILE_NO_ROWS("has a header but no rows"),
	FILE_TOO_MANY_ROWS("has {0} rows; at most {1} per file"),
	FILE_MISSING_COLUMNS("the header line lacks the columns: {0}"),
	FILE_NOT_CSV("is not a readable CSV file ({0})"),
	TOO_MANY_READINGS("has {0} readings; at most {1} per request"),
	IDEMPOTENCY_KEY_REQUIRED("is required: send a unique key (such as a UUID) per request, and the same key when retrying it"),
	IDEMPOTENCY_KEY_FORMAT("must be 1–{0} printable ASCII characters without spaces"),
	WEBHOOK_SIGNATURE("could not be verified: {0}"),
	WEBHOOK_PAYLOAD("is not a webhook event of this provider"),
	HOME_DELIVERY_OTHER_CITY("is {0}; home delivery is within the car''s city {1} only: choose REMOTE"),
	REMOTE_SAME_CITY("is the car''s own city {0}: choose HOME_DELIVERY or PICKUP"),
	ODOMETER_BELOW_LISTING("is below the {0} km the listing declared"),
	HANDOVER_IN_PAST("must not be in the past"),
	UNKNOWN_TRANSFER_CITY("unknown city ''{0}''; GET /api/v1/transfer-eligibility/cities lists the cities with transfer rules (pinyin or Chinese names)"),
	BEFORE_TRANSFER_RULES("is before {0}, where the transfer rules on file start"),
	JURISDICTION_UNKNOWN("''{0}'' is neither CN nor a known city");

	private final String english;

	Reason(String english) {
		this.english = english;
	}

	/** The message bundle key of the localized wording. */
	public String code() {
		return "problem." + name();
	}

	public String english(Object... args) {
		return new MessageFormat(english, Locale.ENGLISH).format(args);
	}
}
