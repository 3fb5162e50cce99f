package org.clearlot.catalog.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.NewListing;
import org.clearlot.catalog.NewVehicle;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

/**
 * Reads an inventory CSV (Apache Commons CSV) into rows. The first line names the columns (see
 * {@link #COLUMNS}); UTF-8 with or without a byte-order mark is read, and so is GB18030 as saved by Chinese
 * spreadsheet software. Cells that cannot be read as their type reject their row with a reason.
 */
public final class CsvInventoryParser {

	/** Columns a file must have. Prices may be given as {@code priceYuan} or {@code priceFen}. */
	public static final List<String> REQUIRED = List.of("vin", "make", "model", "year", "bodyType", "colour",
			"powertrain", "emissionStandard", "firstRegistrationDate", "registrationCity", "mileageKm", "city");

	/** Every column understood, in the order of the downloadable template. */
	public static final List<String> COLUMNS = List.of("vin", "make", "model", "trim", "year", "bodyType", "colour",
			"powertrain", "emissionStandard", "firstRegistrationDate", "registrationCity", "transmission",
			"displacementMl", "seats", "rangeKm", "batteryCapacityAh", "batteryVoltageV", "batteryChemistry",
			"batteryPackCode", "priceYuan", "mileageKm", "city", "description", "publish");

	private CsvInventoryParser() {
	}

	/**
	 * The rows of a file, with the cells that could not be read as their type named per row number (those rows are
	 * still validated, so that all of a row's problems are reported together). A file-level problem throws
	 * {@link BadFileException}.
	 */
	public record Parsed(List<InventoryRow> rows, Map<Integer, List<FieldProblem>> unreadableCells) {

		public int total() {
			return rows.size();
		}
	}

	/** The file as a whole cannot be imported. */
	public static final class BadFileException extends RuntimeException {

		private final transient FieldProblem problem;

		BadFileException(Reason reason, Object... args) {
			super(reason.english(args));
			this.problem = FieldProblem.of("file", reason, args);
		}

		public FieldProblem problem() {
			return problem;
		}
	}

	public static Parsed parse(byte[] content) {
		String text = decode(content);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			checkHeader(parser.getHeaderNames());
			List<InventoryRow> rows = new ArrayList<>();
			Map<Integer, List<FieldProblem>> unreadable = new HashMap<>();
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber() + 1;
				Cells cells = new Cells(record);
				rows.add(cells.toRow(line));
				if (!cells.problems.isEmpty()) {
					unreadable.put(line, List.copyOf(cells.problems));
				}
			}
			return new Parsed(rows, unreadable);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException malformed) {
			throw new BadFileException(Reason.FILE_NOT_CSV, malformed.getMessage());
		}
	}

	private static void checkHeader(List<String> header) {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(header);
		List<String> missing = new ArrayList<>(REQUIRED.stream().filter(column -> !present.contains(column)).toList());
		if (!present.contains("priceYuan") && !present.contains("priceFen")) {
			missing.add("priceYuan (or priceFen)");
		}
		if (!missing.isEmpty()) {
			throw new BadFileException(Reason.FILE_MISSING_COLUMNS, String.join(", ", missing));
		}
	}

	private static String decode(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(content, Charset.forName("GB18030"));
		}
	}

	/** Typed access to one record's cells, collecting conversion problems. */
	private static final class Cells {

		private final CSVRecord record;
		private final List<FieldProblem> problems = new ArrayList<>();

		Cells(CSVRecord record) {
			this.record = record;
		}

		InventoryRow toRow(int line) {
			NewVehicle.Battery battery = null;
			if (present("batteryCapacityAh") || present("batteryVoltageV") || present("batteryChemistry")) {
				battery = new NewVehicle.Battery(decimal("batteryCapacityAh"), decimal("batteryVoltageV"),
						raw("batteryChemistry"), raw("batteryPackCode"));
			}
			NewVehicle vehicle = new NewVehicle(raw("vin"), raw("make"), raw("model"), raw("trim"), integer("year"),
					raw("bodyType"), raw("colour"), raw("powertrain"), raw("emissionStandard"), date("firstRegistrationDate"),
					raw("registrationCity"), raw("transmission"), integer("displacementMl"), integer("seats"),
					integer("rangeKm"), battery);
			NewListing listing = new NewListing(raw("vin"), price(), integer("mileageKm"), raw("city"), raw("description"));
			return new InventoryRow(line, vehicle, listing, bool("publish"));
		}

		String raw(String column) {
			if (!record.isMapped(column) || !record.isSet(column)) {
				return null;
			}
			String value = record.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

		boolean present(String column) {
			return raw(column) != null;
		}

		Integer integer(String column) {
			String value = raw(column);
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value.replace(",", ""));
			}
			catch (NumberFormatException notANumber) {
				problems.add(FieldProblem.of(column, Reason.NOT_WHOLE_NUMBER, value));
				return null;
			}
		}

		BigDecimal decimal(String column) {
			String value = raw(column);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(value.replace(",", ""));
			}
			catch (NumberFormatException notANumber) {
				problems.add(FieldProblem.of(column, Reason.NOT_NUMBER, value));
				return null;
			}
		}

		LocalDate date(String column) {
			String value = raw(column);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value.replace('/', '-'));
			}
			catch (DateTimeParseException notADate) {
				problems.add(FieldProblem.of(column, Reason.NOT_DATE, value));
				return null;
			}
		}

		boolean bool(String column) {
			String value = raw(column);
			return value != null && Set.of("true", "yes", "y", "1", "是").contains(value.toLowerCase(Locale.ROOT));
		}

		Long price() {
			if (present("priceFen")) {
				String value = raw("priceFen");
				try {
					return Long.valueOf(value.replace(",", ""));
				}
				catch (NumberFormatException notANumber) {
					problems.add(FieldProblem.of("priceFen", Reason.NOT_WHOLE_NUMBER, value));
					return null;
				}
			}
			BigDecimal yuan = decimal("priceYuan");
			if (yuan == null) {
				return null;
			}
			try {
				return yuan.movePointRight(2).longValueExact();
			}
			catch (ArithmeticException fractionOfFen) {
				problems.add(FieldProblem.of("priceYuan", Reason.TWO_DECIMALS, raw("priceYuan")));
				return null;
			}
		}
	}
}
