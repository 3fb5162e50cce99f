package org.clearlot.inspection.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clearlot.identity.UserAccount;
import org.clearlot.inspection.InspectionApi;
import org.clearlot.inspection.TradabilityVerdict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The inspection module's facade for other modules. */
@Service
class InspectionFacade implements InspectionApi {

	private static final int CHUNK = 100;

	private final InspectionFiling filing;
	private final InspectionReports reports;
	private final TransactionTemplate transactions;

	InspectionFacade(InspectionFiling filing, InspectionReports reports, PlatformTransactionManager transactionManager) {
		this.filing = filing;
		this.reports = reports;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public boolean hasReports(String vin) {
		return !reports.chain(vin).isEmpty();
	}

	@Override
	public Optional<TradabilityVerdict> tradability(String vin) {
		List<InspectionReport> current = reports.current(vin);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		InspectionReport latest = current.get(current.size() - 1);
		return Optional.of(new TradabilityVerdict(latest.id(), latest.signedAt(),
				failedChecks(reports.content(latest).tradability())));
	}

	private static List<String> failedChecks(ReportContent.Tradability t) {
		List<String> failed = new ArrayList<>();
		addIfFailed(failed, "notDueForScrapping", t.notDueForScrapping());
		addIfFailed(failed, "notMortgagedOrSupervised", t.notMortgagedOrSupervised());
		addIfFailed(failed, "notSeized", t.notSeized());
		addIfFailed(failed, "notStolenOrDefrauded", t.notStolenOrDefrauded());
		addIfFailed(failed, "engineNumberMatches", t.engineNumberMatches());
		addIfFailed(failed, "vinMatches", t.vinMatches());
		addIfFailed(failed, "notSmuggledOrAssembled", t.notSmuggledOrAssembled());
		addIfFailed(failed, "notOtherwiseBanned", t.notOtherwiseBanned());
		return failed;
	}

	private static void addIfFailed(List<String> failed, String check, boolean passed) {
		if (!passed) {
			failed.add(check);
		}
	}

	@Override
	public int fileAll(UserAccount inspector, List<VinReport> toFile) {
		int filed = 0;
		for (int start = 0; start < toFile.size(); start += CHUNK) {
			List<VinReport> chunk = toFile.subList(start, Math.min(toFile.size(), start + CHUNK));
			transactions.executeWithoutResult(status -> chunk.forEach(r -> filing.file(inspector, r.vin(), r.draft())));
			filed += chunk.size();
		}
		return filed;
	}
}
