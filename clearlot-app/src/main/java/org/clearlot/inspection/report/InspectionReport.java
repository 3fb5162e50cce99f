package org.clearlot.inspection.report;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A signed inspection report. Never updated: the database refuses changes, and a correction is a new report that
 * supersedes this one. {@code hash} is SHA-256 over {@code canonicalContent}, which embeds the previous report's hash
 * for the same VIN, so the reports of a car form a chain.
 */
@Entity
@Immutable
@Table(schema = "inspection", name = "reports")
public class InspectionReport {

	@Id
	private UUID id;

	@Column(nullable = false, columnDefinition = "bpchar(17)")
	private String vin;

	@Column(name = "chain_position", nullable = false)
	private int chainPosition;

	@Column(nullable = false)
	private int version;

	private UUID supersedes;

	@Column(name = "correction_reason")
	private String correctionReason;

	@Column(name = "inspector_id", nullable = false)
	private UUID inspectorId;

	@Column(name = "inspector_org", nullable = false)
	private UUID inspectorOrganization;

	@Column(name = "inspected_at", nullable = false)
	private Instant inspectedAt;

	@Column(name = "odometer_km", nullable = false)
	private int odometerKm;

	@Column(nullable = false)
	private int score;

	@Column(nullable = false)
	private int grade;

	@Column(nullable = false)
	private boolean accident;

	@Column(nullable = false)
	private boolean flood;

	@Column(nullable = false)
	private boolean fire;

	@Column(nullable = false)
	private boolean tradable;

	@Column(name = "canonical_content", nullable = false)
	private String canonicalContent;

	@Column(nullable = false, columnDefinition = "bpchar(64)")
	private String hash;

	@Column(name = "previous_hash", columnDefinition = "bpchar(64)")
	private String previousHash;

	@Column(name = "signed_at", nullable = false)
	private Instant signedAt;

	protected InspectionReport() {
	}

	InspectionReport(SignedContent signed) {
		ReportContent content = signed.content();
		this.id = content.id();
		this.vin = content.vin();
		this.chainPosition = signed.chainPosition();
		this.version = content.version();
		this.supersedes = content.supersedes();
		this.correctionReason = content.correctionReason();
		this.inspectorId = content.inspectorId();
		this.inspectorOrganization = content.inspectorOrganization();
		this.inspectedAt = content.inspectedAt();
		this.odometerKm = content.odometerKm();
		this.score = content.grading().score();
		this.grade = content.grading().grade();
		this.accident = content.grading().accident();
		this.flood = content.grading().flood();
		this.fire = content.grading().fire();
		this.tradable = content.grading().tradable();
		this.canonicalContent = signed.canonical();
		this.hash = signed.hash();
		this.previousHash = content.previousHash();
		this.signedAt = content.signedAt();
	}

	public UUID id() { return id; }
	public String vin() { return vin; }
	public int chainPosition() { return chainPosition; }
	public int version() { return version; }
	public UUID supersedes() { return supersedes; }
	public String correctionReason() { return correctionReason; }
	public UUID inspectorId() { return inspectorId; }
	public UUID inspectorOrganization() { return inspectorOrganization; }
	public Instant inspectedAt() { return inspectedAt; }
	public int odometerKm() { return odometerKm; }
	public int score() { return score; }
	public int grade() { return grade; }
	public boolean accident() { return accident; }
	public boolean flood() { return flood; }
	public boolean fire() { return fire; }
	public boolean tradable() { return tradable; }
	public String canonicalContent() { return canonicalContent; }
	public String hash() { return hash; }
	public String previousHash() { return previousHash; }
	public Instant signedAt() { return signedAt; }
}
