package org.clearlot.catalog.web;

import java.util.List;

import org.clearlot.catalog.BodyType;
import org.clearlot.catalog.Colour;
import org.clearlot.catalog.EmissionStandard;
import org.clearlot.catalog.ListingStatus;
import org.clearlot.catalog.Powertrain;
import org.clearlot.catalog.listing.Listing;
import org.clearlot.catalog.listing.ListingPatch;
import org.clearlot.catalog.listing.ListingService;
import org.clearlot.catalog.vehicle.BatteryChemistry;
import org.clearlot.catalog.vehicle.Transmission;
import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.geo.Cities;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.InvalidInputException.FieldProblem;
import org.clearlot.platform.web.ProblemMessages;
import org.clearlot.platform.web.Reason;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A dealer's inventory pages: the list of the organization's listings, the listing form, publish and withdraw. */
@Controller
@RequestMapping("/dealer")
class DealerInventoryController {

	private final ListingService listings;
	private final ProblemMessages problemMessages;

	DealerInventoryController(ListingService listings, ProblemMessages problemMessages) {
		this.listings = listings;
		this.problemMessages = problemMessages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("bodyTypes", BodyType.values());
		model.addAttribute("colours", Colour.values());
		model.addAttribute("powertrains", Powertrain.values());
		model.addAttribute("emissionStandards", EmissionStandard.values());
		model.addAttribute("transmissions", Transmission.values());
		model.addAttribute("chemistries", BatteryChemistry.values());
		model.addAttribute("cities", Cities.all());
	}

	@GetMapping("/inventory")
	String inventory(@RequestParam(required = false) ListingStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		UserAccount dealer = CurrentUser.require();
		Page<Listing> result = listings.inventory(dealer, status, page, 25);
		model.addAttribute("listings", result);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ListingStatus.values());
		return "catalog/inventory";
	}

	@GetMapping("/listings/new")
	String newListing(Model model) {
		model.addAttribute("form", new ListingForm());
		return "catalog/listing-form";
	}

	@PostMapping("/listings")
	String create(@ModelAttribute("form") ListingForm form, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = ListingForm.newProblems();
		var vehicle = form.toVehicle(problems);
		var listing = form.toListing(problems);
		try {
			if (!problems.isEmpty()) {
				throw InvalidInputException.of(problems);
			}
			Listing created = listings.createWithVehicle(CurrentUser.require(), vehicle, listing, form.isPublish());
			redirect.addFlashAttribute("notice", created.status() == ListingStatus.ACTIVE ? "notice.published" : "notice.saved");
			return "redirect:/listings/" + created.id();
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("errors", FormErrors.byField(invalid.fieldProblems(), problemMessages));
		}
		catch (ConflictException conflict) {
			model.addAttribute("conflict", conflictText(conflict));
		}
		return "catalog/listing-form";
	}

	@GetMapping("/listings/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Listing listing = listings.owned(CurrentUser.require(), id);
		model.addAttribute("form", ListingForm.of(listing));
		model.addAttribute("listing", listing);
		return "catalog/listing-edit";
	}

	@PostMapping("/listings/{id}")
	String revise(@PathVariable long id, @ModelAttribute("form") ListingForm form, Model model,
			RedirectAttributes redirect) {
		UserAccount dealer = CurrentUser.require();
		List<FieldProblem> problems = ListingForm.newProblems();
		ListingPatch patch = new ListingPatch(form.priceFen(problems), form.mileage(problems), form.getCity(),
				form.getDescription() == null ? "" : form.getDescription());
		try {
			if (!problems.isEmpty()) {
				throw InvalidInputException.of(problems);
			}
			listings.revise(dealer, id, patch);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/listings/" + id;
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("errors", FormErrors.byField(invalid.fieldProblems(), problemMessages));
		}
		catch (ConflictException conflict) {
			model.addAttribute("conflict", conflictText(conflict));
		}
		model.addAttribute("listing", listings.owned(dealer, id));
		return "catalog/listing-edit";
	}

	@PostMapping("/listings/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return changeStatus(() -> listings.publish(CurrentUser.require(), id), "notice.published", id, redirect);
	}

	@PostMapping("/listings/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		return changeStatus(() -> listings.withdraw(CurrentUser.require(), id), "notice.withdrawn", id, redirect);
	}

	private String changeStatus(Runnable change, String notice, long id, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("conflict", conflictText(conflict));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException concurrent) {
			redirect.addFlashAttribute("conflict", problemMessages.message(FieldProblem.of("status", Reason.CHANGED_CONCURRENTLY)));
		}
		return "redirect:/listings/" + id;
	}

	private String conflictText(ConflictException conflict) {
		return conflict.problem().map(problemMessages::message).orElse(conflict.getMessage());
	}
}
