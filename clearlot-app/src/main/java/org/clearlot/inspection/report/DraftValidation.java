package org.clearlot.inspection.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.clearlot.inspection.ReportDraft;
import org.clearlot.inspection.grading.BodyDefect;
import org.clearlot.inspection.grading.FloodIndicator;
import org.clearlot.inspection.grading.GradingInput;
import org.clearlot.inspection.grading.GradingInput.BodyFinding;
import org.clearlot.inspection.grading.GradingInput.ItemFinding;
import org.clearlot.inspection.grading.GradingInput.StructuralFinding;
import org.clearlot.inspection.grading.StructuralDefect;
import org.clearlot.inspection.grading.StructuralPosition;
import org.clearlot.inspection.report.ReportContent.Ev;
import org.clearlot.inspection.report.ReportContent.Tradability;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;

/**
 * Checks a filed report field by field (naming each bad field, e.g. {@code findings[2].degree}) and turns it into
 * typed facts and the grading input.
 */
final class DraftValidation {

	private final List<FieldProblem> problems = new ArrayList<>();
	private final List<BodyFinding> body = new ArrayList<>();
	private final List<StructuralFinding> structural = new ArrayList<>();
	private final List<ItemFinding> items = new ArrayList<>();
	private final java.util.Set<Integer> itemNumbers = new java.util.HashSet<>();
	private final java.util.Map<String, List<ReportContent.PhotoRef>> photos = new java.util.TreeMap<>();
	private final java.util.function.Function<java.util.UUID, java.util.Optional<ReportContent.PhotoRef>> photoLookup;

	private DraftValidation(java.util.function.Function<java.util.UUID, java.util.Optional<ReportContent.PhotoRef>> photoLookup) {
		this.photoLookup = photoLookup;
	}

	/** The validated parts of a draft. */
	record Validated(Instant inspectedAt, int odometerKm, Tradability tradability, List<BodyFinding> body,
			List<StructuralFinding> structural, List<ItemFinding> items, Set<FloodIndicator> soaked, BigDecimal burnAreaM2,
			Ev ev, java.util.Map<String, List<ReportContent.PhotoRef>> photos) {

		GradingInput gradingInput() {
			return new GradingInput(tradability.allPassed(), body, structural, items, soaked, burnAreaM2);
		}
	}

	/** Validates a draft; {@code photoLookup} finds a photo the inspector may attach (empty for any other id). */
	static Validated validate(ReportDraft draft, boolean hasTractionBattery,
			java.util.function.Function<java.util.UUID, java.util.Optional<ReportContent.PhotoRef>> photoLookup) {
		return new DraftValidation(photoLookup).check(draft, hasTractionBattery);
	}

	private Validated check(ReportDraft draft, boolean hasTractionBattery) {
		OffsetDateTime inspected = draft.inspectedAt();
		if (inspected == null) {
			problems.add(FieldProblem.of("inspectedAt", Reason.REQUIRED));
		}
		else if (inspected.toInstant().isAfter(Instant.now().plusSeconds(300))) {
			problems.add(FieldProblem.of("inspectedAt", Reason.FUTURE_DATE));
		}
		Integer odometer = draft.odometerKm();
		if (odometer == null) {
			problems.add(FieldProblem.of("odometerKm", Reason.REQUIRED));
		}
		else if (odometer < 0 || odometer > 2_000_000) {
			problems.add(FieldProblem.of("odometerKm", Reason.RANGE, 0, 2_000_000));
		}
		Tradability tradability = tradability(draft.tradability());
		List<ReportDraft.Finding> findings = draft.findings() == null ? List.of() : draft.findings();
		for (int i = 0; i < findings.size(); i++) {
			finding("findings[" + i + "]", findings.get(i));
		}
		Set<FloodIndicator> soaked = soaked(draft.flood());
		BigDecimal burn = burnArea(draft.fire());
		Ev ev = ev(draft.ev(), hasTractionBattery);
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		return new Validated(inspected.toInstant(), odometer, tradability, List.copyOf(body), List.copyOf(structural),
				List.copyOf(items), soaked, burn, ev, photos);
	}

	private Tradability tradability(ReportDraft.Tradability t) {
		if (t == null) {
			problems.add(FieldProblem.of("tradability", Reason.REQUIRED));
			return new Tradability(false, false, false, false, false, false, false, false);
		}
		if (Boolean.TRUE.equals(t.allPassed())) {
			return new Tradability(true, true, true, true, true, true, true, true);
		}
		return new Tradability(isTrue(t.notDueForScrapping()), isTrue(t.notMortgagedOrSupervised()), isTrue(t.notSeized()),
				isTrue(t.notStolenOrDefrauded()), isTrue(t.engineNumberMatches()), isTrue(t.vinMatches()),
				isTrue(t.notSmuggledOrAssembled()), isTrue(t.notOtherwiseBanned()));
	}

	private void finding(String path, ReportDraft.Finding f) {
		if (f == null) {
			problems.add(FieldProblem.of(path, Reason.REQUIRED));
		}
		else if (f.position() != null) {
			StructuralPosition position = oneOf(path + ".position", f.position(), StructuralPosition.class);
			StructuralDefect defect = oneOf(path + ".code", f.code(), StructuralDefect.class);
			if (position != null && defect != null) {
				structural.add(new StructuralFinding(position, defect));
				photos(path, "structural." + position, f.photos());
			}
		}
		else if (f.item() == null) {
			problems.add(FieldProblem.of(path + ".item", Reason.REQUIRED));
		}
		else if (f.item() >= 14 && f.item() <= 39) {
			bodyFinding(path, f);
		}
		else if (f.item() >= 40 && f.item() <= 113) {
			Integer severity = range(path + ".severity", f.severity(), 1, 3);
			if (!itemNumbers.add(f.item())) {
				problems.add(FieldProblem.of(path + ".item", Reason.DUPLICATE_ITEM, f.item()));
			}
			else if (severity != null) {
				items.add(new ItemFinding(f.item(), severity));
				photos(path, "item." + f.item(), f.photos());
			}
		}
		else {
			problems.add(FieldProblem.of(path + ".item", Reason.RANGE, 14, 113));
		}
	}

	private void bodyFinding(String path, ReportDraft.Finding f) {
		BodyDefect defect = oneOf(path + ".code", f.code(), BodyDefect.class);
		Integer degree = range(path + ".degree", f.degree(), 1, 3);
		Integer microns = f.paintMicrons() == null ? null : range(path + ".paintMicrons", f.paintMicrons(), 0, 5_000);
		if (defect != null && degree != null && (f.paintMicrons() == null || microns != null)) {
			body.add(new BodyFinding(f.item(), defect, degree, isTrue(f.repainted()), isTrue(f.replaced()), microns));
			photos(path, "body." + f.item(), f.photos());
		}
	}

	/** The finding's photos, each of which must exist and be the inspector's own upload. */
	private void photos(String path, String key, List<java.util.UUID> ids) {
		if (ids == null) {
			return;
		}
		for (int i = 0; i < ids.size(); i++) {
			java.util.UUID id = ids.get(i);
			java.util.Optional<ReportContent.PhotoRef> photo = id == null ? java.util.Optional.empty() : photoLookup.apply(id);
			if (photo.isEmpty()) {
				problems.add(FieldProblem.of(path + ".photos[" + i + "]", Reason.PHOTO_UNKNOWN, id));
			}
			else {
				photos.computeIfAbsent(key, k -> new ArrayList<>()).add(photo.get());
			}
		}
	}

	private Set<FloodIndicator> soaked(ReportDraft.Flood flood) {
		Set<FloodIndicator> soaked = EnumSet.noneOf(FloodIndicator.class);
		if (flood == null || flood.soakedItems() == null) {
			return soaked;
		}
		for (int i = 0; i < flood.soakedItems().size(); i++) {
			FloodIndicator indicator = oneOf("flood.soakedItems[" + i + "]", flood.soakedItems().get(i), FloodIndicator.class);
			if (indicator != null) {
				soaked.add(indicator);
			}
		}
		return soaked;
	}

	private BigDecimal burnArea(ReportDraft.Fire fire) {
		if (fire == null || fire.burnAreaM2() == null) {
			return BigDecimal.ZERO;
		}
		if (fire.burnAreaM2().signum() < 0 || fire.burnAreaM2().compareTo(BigDecimal.valueOf(20)) > 0) {
			problems.add(FieldProblem.of("fire.burnAreaM2", Reason.RANGE, 0, 20));
			return BigDecimal.ZERO;
		}
		return fire.burnAreaM2();
	}

	private Ev ev(ReportDraft.Ev ev, boolean hasTractionBattery) {
		if (ev == null) {
			return null;
		}
		if (!hasTractionBattery) {
			problems.add(FieldProblem.of("ev", Reason.ICE_HAS_NO_BATTERY));
			return null;
		}
		Integer insulation = ev.insulationResistanceKohm() == null ? null
				: range("ev.insulationResistanceKohm", ev.insulationResistanceKohm(), 0, 1_000_000);
		Integer spread = ev.cellVoltageSpreadMv() == null ? null
				: range("ev.cellVoltageSpreadMv", ev.cellVoltageSpreadMv(), 0, 5_000);
		return new Ev(insulation, spread, isTrue(ev.packCasingDamage()), isTrue(ev.underbodyStrikes()),
				!Boolean.FALSE.equals(ev.coolingOk()), ev.bmsFaultCodes() == null ? List.of() : List.copyOf(ev.bmsFaultCodes()),
				!Boolean.FALSE.equals(ev.chargingPortsOk()), isTrue(ev.batteryWarrantyTransferable()));
	}

	private Integer range(String field, Integer value, int min, int max) {
		if (value == null) {
			problems.add(FieldProblem.of(field, Reason.REQUIRED));
			return null;
		}
		if (value < min || value > max) {
			problems.add(FieldProblem.of(field, Reason.RANGE, min, max));
			return null;
		}
		return value;
	}

	private <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, Reason.REQUIRED));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(FieldProblem.of(field, Reason.NOT_ONE_OF, value, allowed(type)));
			return null;
		}
	}

	private static String allowed(Class<? extends Enum<?>> type) {
		return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

	private static boolean isTrue(Boolean value) {
		return Boolean.TRUE.equals(value);
	}
}
