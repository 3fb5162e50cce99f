package org.clearlot.payment.sandbox;

import java.util.Map;

import org.clearlot.identity.CurrentUser;
import org.clearlot.platform.web.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The sandbox checkout's two actions for API clients: pay (authorize) or decline, by the payer only. */
@RestController
class SandboxCheckoutApiController {

	private final SandboxPaymentProvider sandbox;

	SandboxCheckoutApiController(SandboxPaymentProvider sandbox) {
		this.sandbox = sandbox;
	}

	@PostMapping("/api/v1/sandbox/checkout/{intentId}/pay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> payByApi(@PathVariable String intentId) {
		SandboxCheckoutController.payable(sandbox, intentId);
		if (!sandbox.authorize(intentId, CurrentUser.require().id())) {
			throw new ConflictException("Sandbox payment " + intentId + " can no longer be paid");
		}
		return Map.of("intent", intentId, "status", "AUTHORIZED", "sandbox", true);
	}

	@PostMapping("/api/v1/sandbox/checkout/{intentId}/decline")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> declineByApi(@PathVariable String intentId) {
		SandboxCheckoutController.payable(sandbox, intentId);
		if (!sandbox.decline(intentId, CurrentUser.require().id())) {
			throw new ConflictException("Sandbox payment " + intentId + " can no longer be declined");
		}
		return Map.of("intent", intentId, "status", "DECLINED", "sandbox", true);
	}
}
