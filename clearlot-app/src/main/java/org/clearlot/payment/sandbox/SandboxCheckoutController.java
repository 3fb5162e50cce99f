package org.clearlot.payment.sandbox;


import org.clearlot.identity.CurrentUser;
import org.clearlot.identity.UserAccount;
import org.clearlot.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The sandbox provider's hosted checkout, as a payer sees it at a real provider: the amount and what it is for, and
 * "pay" or "decline". The page says plainly that no money moves. Only the payer the payment was created for may pay
 * it. Paying only authorizes: Clearlot learns of it from the webhook, then captures. The same two actions exist in
 * the API for API clients ({@link SandboxCheckoutApiController}).
 */
@Controller
class SandboxCheckoutController {

	private final SandboxPaymentProvider sandbox;

	SandboxCheckoutController(SandboxPaymentProvider sandbox) {
		this.sandbox = sandbox;
	}

	@GetMapping("/sandbox/checkout/{intentId}")
	String checkout(@PathVariable String intentId, Model model) {
		model.addAttribute("intent", payable(intentId));
		return "payment/sandbox-checkout";
	}

	@PostMapping("/sandbox/checkout/{intentId}/pay")
	String pay(@PathVariable String intentId) {
		SandboxIntent intent = payable(intentId);
		sandbox.authorize(intentId, CurrentUser.require().id());
		return "redirect:" + returnPath(intent);
	}

	@PostMapping("/sandbox/checkout/{intentId}/decline")
	String decline(@PathVariable String intentId) {
		SandboxIntent intent = payable(intentId);
		sandbox.decline(intentId, CurrentUser.require().id());
		return "redirect:" + returnPath(intent);
	}

	/** The intent, if it exists and the signed-in user is its payer (anyone else is told it does not exist). */
	static SandboxIntent payable(SandboxPaymentProvider sandbox, String intentId) {
		UserAccount user = CurrentUser.require();
		return sandbox.find(intentId).filter(intent -> intent.payerId().equals(user.id()))
			.orElseThrow(() -> new NotFoundException("No sandbox payment " + intentId + " for you"));
	}

	private SandboxIntent payable(String intentId) {
		return payable(sandbox, intentId);
	}

	/** Back to the page the payment came from; only a path on this site, never another host. */
	private static String returnPath(SandboxIntent intent) {
		String path = intent.returnPath();
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
	}
}
