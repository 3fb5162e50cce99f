package org.clearlot.battery.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.clearlot.platform.integrity.CanonicalJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a pack's chain: each event's hash must be the SHA-256 of its canonical content, name the previous event's
 * hash, sit at the next position, and the columns shown must say what the hashed content says. Names the first
 * event that fails.
 */
@Service
@Transactional(readOnly = true)
public class LifecycleVerifier {

	private final PackLifecycle lifecycle;

	LifecycleVerifier(PackLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	/** The outcome; {@code brokenAt} is null when the chain is intact. */
	public record ChainCheck(boolean valid, int events, BrokenLink brokenAt) {
	}

	/** The first event that fails, and why. */
	public record BrokenLink(UUID eventId, int position, String reason) {
	}

	public ChainCheck verify(String packCode) {
		List<PackEvent> chain = lifecycle.chain(packCode);
		String previousHash = null;
		for (int i = 0; i < chain.size(); i++) {
			PackEvent event = chain.get(i);
			String problem = problemWith(event, i + 1, previousHash);
			if (problem != null) {
				return new ChainCheck(false, chain.size(), new BrokenLink(event.id(), event.position(), problem));
			}
			previousHash = event.hash();
		}
		return new ChainCheck(true, chain.size(), null);
	}

	private static String problemWith(PackEvent event, int expectedPosition, String previousHash) {
		if (event.position() != expectedPosition) {
			return "position " + event.position() + " where " + expectedPosition + " was expected";
		}
		if (!CanonicalJson.sha256(event.canonicalContent()).equals(event.hash())) {
			return "the content does not match its hash";
		}
		if (!Objects.equals(event.previousHash(), previousHash)) {
			return "it does not name the previous event's hash";
		}
		PackEventContent content;
		try {
			content = CanonicalJson.read(event.canonicalContent(), PackEventContent.class);
		}
		catch (RuntimeException unreadable) {
			return "the content cannot be read";
		}
		boolean same = content.id().equals(event.id()) && content.packCode().equals(event.packCode())
				&& content.position() == event.position() && content.type() == event.type()
				&& content.status().equals(event.status()) && content.occurredAt().equals(event.occurredAt())
				&& Objects.equals(content.vin(), event.vin())
				&& Objects.equals(content.relatedPackCode(), event.relatedPackCode())
				&& Objects.equals(content.previousHash(), previousHash);
		return same ? null : "the stored columns differ from the signed content";
	}
}
