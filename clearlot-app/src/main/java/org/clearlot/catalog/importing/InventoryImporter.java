package org.clearlot.catalog.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.clearlot.catalog.ImportReport;
import org.clearlot.catalog.ImportReport.RowOutcome;
import org.clearlot.catalog.InventoryRow;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.listing.ListingRules;
import org.clearlot.catalog.listing.ListingService;
import org.clearlot.catalog.listing.ListingTerms;
import org.clearlot.catalog.vehicle.Vehicle;
import org.clearlot.catalog.vehicle.VehicleFacts;
import org.clearlot.catalog.vehicle.VehicleRules;
import org.clearlot.catalog.vehicle.VehicleService;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports inventory rows. Rows are validated first; valid rows are then written in chunks, one transaction per
 * chunk for speed. When a chunk fails (say, another dealer registered one of its VINs meanwhile) it is rolled back
 * whole and its rows are retried one transaction each, so every row ends up imported completely or not at all.
 */
@Service
public class InventoryImporter {

	private static final Logger log = LoggerFactory.getLogger(InventoryImporter.class);
	static final int CHUNK = 100;

	private final VehicleService vehicles;
	private final ListingService listings;
	private final TransactionTemplate transactions;

	InventoryImporter(VehicleService vehicles, ListingService listings, PlatformTransactionManager transactionManager) {
		this.vehicles = vehicles;
		this.listings = listings;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public ImportReport importRows(UUID organization, UUID actor, List<InventoryRow> rows, IntConsumer progress) {
		return importRows(organization, actor, rows, Map.of(), progress);
	}

	/**
	 * Imports rows of which some already have known problems (cells a file parser could not read); those rows are
	 * validated too and rejected with all their reasons.
	 */
	public ImportReport importRows(UUID organization, UUID actor, List<InventoryRow> rows,
			Map<Integer, List<FieldProblem>> knownProblems, IntConsumer progress) {
		List<RowOutcome> outcomes = new ArrayList<>();
		List<ValidRow> valid = new ArrayList<>();
		Set<String> vinsInBatch = new HashSet<>();
		for (InventoryRow row : rows) {
			List<FieldProblem> reasons = new ArrayList<>(knownProblems.getOrDefault(row.rowNumber(), List.of()));
			VehicleFacts facts = null;
			ListingTerms terms = null;
			try {
				facts = VehicleRules.validate(row.vehicle());
			}
			catch (InvalidInputException invalid) {
				addNew(reasons, invalid);
			}
			try {
				terms = ListingRules.validate(row.listing().priceFen(), row.listing().mileageKm(),
						row.listing().city(), row.listing().description());
			}
			catch (InvalidInputException invalid) {
				addNew(reasons, invalid);
			}
			if (reasons.isEmpty() && !vinsInBatch.add(facts.vin().value())) {
				reasons.add(FieldProblem.of("vin", Reason.DUPLICATE_IN_FILE));
			}
			if (reasons.isEmpty()) {
				valid.add(new ValidRow(row, facts, terms));
			}
			else {
				outcomes.add(RowOutcome.rejected(row.rowNumber(), vinOf(row), reasons));
			}
		}
		int done = outcomes.size();
		progress.accept(done);
		for (int start = 0; start < valid.size(); start += CHUNK) {
			List<ValidRow> chunk = valid.subList(start, Math.min(valid.size(), start + CHUNK));
			outcomes.addAll(importChunk(organization, actor, chunk));
			done += chunk.size();
			progress.accept(done);
		}
		outcomes.sort(java.util.Comparator.comparingInt(RowOutcome::rowNumber));
		return new ImportReport(outcomes);
	}

	private List<RowOutcome> importChunk(UUID organization, UUID actor, List<ValidRow> chunk) {
		try {
			return transactions.execute(status -> {
				List<RowOutcome> imported = new ArrayList<>();
				for (ValidRow row : chunk) {
					imported.add(write(organization, actor, row));
				}
				return imported;
			});
		}
		catch (RuntimeException chunkFailed) {
			log.debug("Import chunk failed ({}); retrying its rows one by one", chunkFailed.getMessage());
			List<RowOutcome> outcomes = new ArrayList<>();
			for (ValidRow row : chunk) {
				outcomes.add(importSingle(organization, actor, row));
			}
			return outcomes;
		}
	}

	private RowOutcome importSingle(UUID organization, UUID actor, ValidRow row) {
		try {
			return transactions.execute(status -> write(organization, actor, row));
		}
		catch (RuntimeException rowFailed) {
			return RowOutcome.rejected(row.source().rowNumber(), row.facts().vin().value(), List.of(describe(rowFailed)));
		}
	}

	private RowOutcome write(UUID organization, UUID actor, ValidRow row) {
		Vehicle vehicle = vehicles.registerOrReuse(row.facts(), organization);
		Listing listing = listings.create(vehicle, organization, row.terms(), actor);
		if (row.source().publish()) {
			listings.activateImported(listing, actor);
		}
		return RowOutcome.imported(row.source().rowNumber(), vehicle.vin(), listing.id());
	}

	private static FieldProblem describe(RuntimeException failure) {
		if (failure instanceof ConflictException conflict && conflict.problem().isPresent()) {
			return conflict.problem().get();
		}
		if (failure instanceof org.springframework.dao.DataIntegrityViolationException) {
			return FieldProblem.of("vin", Reason.CONCURRENT_CONFLICT);
		}
		return new FieldProblem("row", failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
	}

	/**
	 * Adds the validation problems, except "is required" for a field whose cell was already reported unreadable
	 * (an unreadable priceYuan cell leaves priceFen missing): that would only repeat the problem.
	 */
	private static void addNew(List<FieldProblem> reasons, InvalidInputException invalid) {
		for (FieldProblem problem : invalid.fieldProblems()) {
			String field = "priceFen".equals(problem.field()) ? "price" : problem.field();
			boolean repeats = problem.message().startsWith("is required")
					&& reasons.stream().anyMatch(reason -> reason.field().startsWith(field));
			if (!repeats) {
				reasons.add(problem);
			}
		}
	}

	private static String vinOf(InventoryRow row) {
		String vin = row.vehicle() == null ? null : row.vehicle().vin();
		return vin == null ? null : vin.strip().toUpperCase(Locale.ROOT);
	}

	private record ValidRow(InventoryRow source, VehicleFacts facts, ListingTerms terms) {
	}
}
