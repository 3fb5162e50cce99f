package org.clearlot.trade.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.clearlot.identity.CurrentUser;
import org.clearlot.trade.dispute.Dispute;
import org.clearlot.trade.dispute.DisputeService;
import org.clearlot.trade.web.TradeRequests.DisputeDecision;
import org.clearlot.trade.web.TradeRequests.DisputeMessage;
import org.clearlot.trade.web.TradeRequests.DisputeOpening;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disputes over the API: the buyer opens, the parties write, an admin decides. */
@RestController
class DisputeApiController {

	private final DisputeService disputes;

	DisputeApiController(DisputeService disputes) {
		this.disputes = disputes;
	}

	@PostMapping("/api/v1/orders/{orderId}/disputes")
	ResponseEntity<Dispute> open(@PathVariable UUID orderId, @RequestBody DisputeOpening body) {
		Dispute dispute = disputes.open(CurrentUser.require(), orderId, body.reason());
		return ResponseEntity.created(URI.create("/api/v1/disputes/" + dispute.id())).body(dispute);
	}

	@GetMapping("/api/v1/disputes/{id}")
	Dispute dispute(@PathVariable UUID id) {
		return disputes.visible(CurrentUser.require(), id);
	}

	@PostMapping("/api/v1/disputes/{id}/messages")
	Dispute message(@PathVariable UUID id, @RequestBody DisputeMessage body) {
		return disputes.message(CurrentUser.require(), id, body.message());
	}

	@PostMapping("/api/v1/disputes/{id}/decision")
	Dispute decide(@PathVariable UUID id, @RequestBody DisputeDecision body) {
		return disputes.decide(CurrentUser.require(), id, body.outcome(), body.refundFen(), body.decision());
	}

	@GetMapping("/api/v1/admin/disputes")
	List<Dispute> all(@RequestParam(defaultValue = "false") boolean open) {
		return open ? disputes.openDisputes() : disputes.recent();
	}
}
