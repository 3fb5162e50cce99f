package org.clearlot.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.clearlot.catalog.importing.CsvInventoryParser;
import org.clearlot.catalog.importing.ImportJob;
import org.clearlot.catalog.importing.ImportJobService;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk CSV import pages: upload, a progress bar that polls with htmx, and the per-row report. */
@Controller
@RequestMapping("/dealer/imports")
class ImportPageController {

	private final ImportJobService imports;

	ImportPageController(ImportJobService imports) {
		this.imports = imports;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("recent", imports.recent(CurrentUser.require()));
		model.addAttribute("columns", CsvInventoryParser.COLUMNS);
		return "catalog/import";
	}

	@PostMapping
	String start(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		UserAccount dealer = CurrentUser.require();
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", Reason.FILE_EMPTY);
			}
			ImportJob job = imports.start(dealer, file.getOriginalFilename(), file.getBytes());
			return "redirect:/dealer/imports/" + job.id();
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("fileProblem", invalid.fieldProblems().get(0));
			return upload(model);
		}
	}

	@GetMapping("/{id}")
	String job(@PathVariable UUID id, Model model) {
		addJob(id, model);
		return "catalog/import-job";
	}

	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		addJob(id, model);
		return "catalog/import-job :: progress";
	}

	@GetMapping(value = "/template.csv")
	ResponseEntity<byte[]> template() {
		String csv = String.join(",", CsvInventoryParser.COLUMNS) + "\n"
				+ "LRW3E7EA6MC123456,Tesla,Model 3,Standard Range Plus,2021,SEDAN,WHITE,BEV,ZERO_EMISSION,2021-05-18,"
				+ "Shanghai,SINGLE_SPEED,,5,468,173,346,LFP,,168800,42000,Shanghai,\"一手车，全程4S保养。One owner.\",true\n"
				+ "LSVAU2187N2123456,Volkswagen,Lavida,1.5L Comfort,2022,SEDAN,SILVER,ICE,CN6,2022-03-02,"
				+ "Wuhan,AUTOMATIC,1498,5,,,,,,79800,31000,Wuhan,Non-smoker car,false\n";
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"clearlot-inventory-template.csv\"")
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private void addJob(UUID id, Model model) {
		UserAccount dealer = CurrentUser.require();
		ImportJob job = imports.find(dealer, id);
		model.addAttribute("job", job);
		model.addAttribute("rows", job.finished() ? imports.report(dealer, id) : java.util.List.of());
	}
}
