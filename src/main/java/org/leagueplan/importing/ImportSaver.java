package org.leagueplan.importing;

import java.time.Clock;
import java.util.Map;

import org.leagueplan.exchange.WorkbookHistory;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.PlanUpdates;
import org.leagueplan.progress.ReportRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Saves a checked import as a plan in the background, all or nothing — the plan and the progress history a workbook
 * brought, in one transaction — as the person who pressed "save" (for the audit log), recording how many items are
 * saved so the progress page can show it.
 */
@Component
class ImportSaver {

	private static final Logger log = LoggerFactory.getLogger(ImportSaver.class);

	private final PlanImportRepository imports;

	private final PlanUpdates plans;

	private final WorkbookHistory history;

	private final ImportSaveLease lease;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final Clock clock;

	ImportSaver(PlanImportRepository imports, PlanUpdates plans, WorkbookHistory history, ImportSaveLease lease,
			PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock) {
		this.imports = imports;
		this.plans = plans;
		this.history = history;
		this.lease = lease;
		this.transaction = new TransactionTemplate(transactions);
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Marks the import as saving by this instance and starts the save; {@code false} if it is saved, or a save is
	 * running (here or on another instance), or another press started one first. A save that was interrupted (its
	 * instance stopped) is started again.
	 * @param history the part of the workbook's history and planned values that fits the checked plan
	 * @param userIds user ids by lower-case user name, for the reporters
	 */
	@Transactional
	public boolean start(long importId, PlanDraft draft, Long intoPlanId, WorkbookHistory.Match history,
			Map<String, Long> userIds) {
		PlanImport found = this.imports.findById(importId).orElseThrow();
		boolean interrupted = this.lease.isInterrupted(found);
		if (found.getState() == PlanImport.State.SAVED
				|| (found.getState() == PlanImport.State.SAVING && !interrupted)) {
			return false;
		}
		if (!this.lease.begin(importId)) {
			return false; // another request here is starting it
		}
		if (this.imports.claim(importId, found.getVersion(), draft.itemCount(), this.lease.instance(),
				this.lease.run(), this.clock.instant()) == 0) {
			this.lease.end(importId);
			return false;
		}
		if (interrupted) {
			log.warn("Import {} was left saving by {} (last heard of at {}); saving it again", importId,
					found.getSaveInstance(), found.getSaveHeartbeatAt());
		}
		String run = this.lease.run();
		Runnable save = DelegatingSecurityContextRunnable.create(
				() -> save(importId, run, draft, intoPlanId, history, userIds), SecurityContextHolder.getContext());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					ImportSaver.this.executor.execute(save);
				}
				catch (RuntimeException ex) {
					// not running here although this run holds it: shown as interrupted, to be saved again
					ImportSaver.this.lease.end(importId);
					log.warn("Import {} could not be started: {}", importId, ex.toString());
				}
			}

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					ImportSaver.this.lease.end(importId);
				}
			}
		});
		return true;
	}

	private void save(long importId, String run, PlanDraft draft, Long intoPlanId, WorkbookHistory.Match history,
			Map<String, Long> userIds) {
		try {
			int step = Math.max(1, draft.itemCount() / 50);
			long planId = this.transaction.execute(status -> {
				PlanDraft.Saved saved = this.plans.importDraft(draft, intoPlanId, count -> {
					if (count % step == 0) {
						this.imports.recordProgress(importId, run, count, this.clock.instant());
					}
				});
				this.history.restore(history, saved, userIds);
				// in the plan's transaction: the plan is kept only if this run still holds the save
				if (this.imports.finishSaved(importId, run, saved.planId(), this.clock.instant()) == 0) {
					throw new IllegalStateException("the save of import " + importId + " was taken over");
				}
				return saved.planId();
			});
			log.info("Import {} saved as plan {} ({} items)", importId, planId, draft.itemCount());
		}
		catch (ReportRules.Refused ex) {
			// the history was checked on the check page; a day passed since (a report's as-of day now in another year)
			log.warn("Import {} could not be saved: {}", importId, ex.getMessage());
			this.imports.fail(importId, run, "import.save.historyRefused", this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} could not be saved", importId, ex);
			this.imports.fail(importId, run, "import.save.failed", this.clock.instant());
		}
		finally {
			this.lease.end(importId);
		}
	}

	/** The import's state, a save that was interrupted counting as failed. */
	PlanImport.State stateOf(PlanImport found) {
		return this.lease.isInterrupted(found) ? PlanImport.State.FAILED : found.getState();
	}

	/** The message key of why the save failed, or {@code null} when it did not. */
	String failureOf(PlanImport found) {
		if (this.lease.isInterrupted(found)) {
			return ImportSaveLease.INTERRUPTED;
		}
		if (found.getState() != PlanImport.State.FAILED) {
			return null;
		}
		return (found.getFailure() != null) ? found.getFailure() : "import.save.failed";
	}

}
