package org.clearlot.payment.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.clearlot.payment.provider.PaymentWebhookReceiver;
import org.clearlot.payment.provider.ProviderEvent;
import org.clearlot.platform.web.InvalidInputException;
import org.clearlot.platform.web.Reason;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The sandbox provider's webhook endpoint. No user signs in here: the HMAC signature over the raw body is the
 * authentication, and an event is acknowledged (200) only after its effect is committed. A bad signature or body is
 * answered with 400 and changes nothing (the provider retries a real delivery; a forged one stays refused).
 */
@RestController
class SandboxWebhookController {

	static final String PATH = "/api/v1/payments/webhooks/sandbox";

	private final SandboxSignature signature;
	private final PaymentWebhookReceiver receiver;
	private final ObjectMapper json;
	private final Clock clock;

	SandboxWebhookController(SandboxSignature signature, PaymentWebhookReceiver receiver, ObjectMapper json,
			Clock clock) {
		this.signature = signature;
		this.receiver = receiver;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping(PATH)
	Map<String, Object> receive(@RequestHeader(name = SandboxSignature.HEADER, required = false) String header,
			@RequestBody String body) {
		Optional<String> problem = signature.problem(header, body, clock.instant());
		if (problem.isPresent()) {
			throw InvalidInputException.of(SandboxSignature.HEADER, Reason.WEBHOOK_SIGNATURE, problem.get());
		}
		ProviderEvent event = parse(body);
		boolean effective = receiver.receive(event);
		return Map.of("received", event.eventId(), "effective", effective);
	}

	private ProviderEvent parse(String body) {
		try {
			JsonNode root = json.readTree(body);
			JsonNode data = root.path("data");
			ProviderEvent.Type type = switch (root.path("type").asString("")) {
				case "payment_intent.authorized" -> ProviderEvent.Type.AUTHORIZED;
				case "payment_intent.captured" -> ProviderEvent.Type.CAPTURED;
				case "payment_intent.payment_failed" -> ProviderEvent.Type.FAILED;
				case "payment_intent.canceled" -> ProviderEvent.Type.CANCELLED;
				case "refund.succeeded" -> ProviderEvent.Type.REFUND_SUCCEEDED;
				default -> throw InvalidInputException.of("type", Reason.NOT_ONE_OF, root.path("type").asString(""),
						String.join(", ", SandboxWebhookDispatcher.eventTypes()));
			};
			String id = root.path("id").asString("");
			String intent = data.path("intent").asString("");
			if (id.isBlank() || intent.isBlank() || !root.path("created").isIntegralNumber()) {
				throw InvalidInputException.of("data", Reason.WEBHOOK_PAYLOAD);
			}
			return new ProviderEvent(SandboxPaymentProvider.NAME, id, type, intent,
					data.path("refundKey").isString() ? data.path("refundKey").asString() : null,
					data.path("amountFen").asLong(0), Instant.ofEpochSecond(root.path("created").asLong()));
		}
		catch (JacksonException e) {
			throw InvalidInputException.of("body", Reason.WEBHOOK_PAYLOAD);
		}
	}
}
