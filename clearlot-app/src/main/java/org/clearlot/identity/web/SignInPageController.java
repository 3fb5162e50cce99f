package org.clearlot.identity.web;

import org.clearlot.identity.account.AccountService;
import org.clearlot.platform.web.ConflictException;
import org.clearlot.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in and buyer registration pages. */
@Controller
class SignInPageController {

	private final AccountService accounts;

	SignInPageController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/register")
	String registrationForm() {
		return "identity/register";
	}

	@PostMapping("/register")
	String register(@RequestParam String username, @RequestParam String password, @RequestParam String displayName,
			Model model) {
		try {
			accounts.registerBuyer(username, password, displayName);
			return "redirect:/login?registered";
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("problems", invalid.fieldProblems());
		}
		catch (ConflictException taken) {
			model.addAttribute("taken", true);
		}
		model.addAttribute("username", username);
		model.addAttribute("displayName", displayName);
		return "identity/register";
	}
}
