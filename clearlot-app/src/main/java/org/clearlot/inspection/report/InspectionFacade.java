package org.clearlot.inspection.report;

import java.util.List;

import org.clearlot.identity.UserAccount;
import org.clearlot.inspection.InspectionApi;
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
