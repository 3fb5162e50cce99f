package org.clearlot.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.importing.ImportJob;
import org.clearlot.catalog.importing.ImportJobService;
import org.clearlot.catalog.importing.ImportRowResult;
import org.clearlot.catalog.listing.ListingService;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.Reason;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A dealer's own inventory in every status, and bulk CSV import with a per-row report. */
@RestController
@RequestMapping("/api/v1/inventory")
class InventoryApiController {

	private final ListingService listings;
	private final ImportJobService imports;
	private final DealerNames dealers;

	InventoryApiController(ListingService listings, ImportJobService imports, DealerNames dealers) {
		this.listings = listings;
		this.imports = imports;
		this.dealers = dealers;
	}

	@GetMapping
	InventoryPage inventory(@RequestParam(required = false) ListingStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		UserAccount dealer = CurrentUser.require();
		Page<org.clearlot.catalog.listing.Listing> result = listings.inventory(dealer, status, page, size);
		String dealerName = dealers.of(dealer.organizationId(), Locale.ENGLISH);
		return new InventoryPage(result.map(l -> ListingResponse.of(l, dealerName)).getContent(),
				result.getTotalElements(), result.getNumber(), result.getSize());
	}

	@PostMapping("/imports")
	ResponseEntity<ImportStatus> startImport(@RequestPart("file") MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", Reason.FILE_EMPTY);
		}
		ImportJob job = imports.start(CurrentUser.require(), file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.accepted().location(URI.create("/api/v1/inventory/imports/" + job.id()))
				.body(ImportStatus.of(job, List.of()));
	}

	@GetMapping("/imports/{id}")
	ImportStatus importStatus(@PathVariable UUID id) {
		UserAccount dealer = CurrentUser.require();
		ImportJob job = imports.find(dealer, id);
		return ImportStatus.of(job, job.finished() ? imports.report(dealer, id) : List.of());
	}

	/** A page of the dealer's listings. */
	record InventoryPage(List<ListingResponse> items, long total, int page, int size) {
	}

	/** An import's progress and, once finished, its per-row report. */
	record ImportStatus(UUID id, String status, String fileName, int totalRows, int processedRows, int importedRows,
			int rejectedRows, int percent, List<RowReport> rows) {

		static ImportStatus of(ImportJob job, List<ImportRowResult> rows) {
			return new ImportStatus(job.id(), job.status().name(), job.fileName(), job.totalRows(), job.processedRows(),
					job.importedRows(), job.rejectedRows(), job.percent(),
					rows.stream().map(r -> new RowReport(r.rowNumber(), r.vin(), r.imported() ? "IMPORTED" : "REJECTED",
							r.listingId(), r.reasons())).toList());
		}
	}

	/** One row of the import report; {@code row} is the line number in the file. */
	record RowReport(int row, String vin, String outcome, Long listingId, List<String> reasons) {
	}
}
