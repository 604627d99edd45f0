package org.leagueplan.importing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.PlanUpdates;
import org.leagueplan.progress.ProgressHistory;
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

	/** A save that has shown no end for this long is taken as failed (its instance stopped). */
	static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(ImportSaver.class);

	private final PlanImportRepository imports;

	private final PlanUpdates plans;

	private final ProgressHistory history;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final Clock clock;

	ImportSaver(PlanImportRepository imports, PlanUpdates plans, ProgressHistory history,
			PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock) {
		this.imports = imports;
		this.plans = plans;
		this.history = history;
		this.transaction = new TransactionTemplate(transactions);
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Marks the import as saving and starts the save; {@code false} if it is already saving or saved.
	 * @param history the part of the workbook's history and planned values that fits the checked plan
	 * @param userIds user ids by lower-case user name, for the reporters
	 */
	@Transactional
	public boolean start(long importId, PlanDraft draft, Long intoPlanId, ImportHistory.Match history,
			Map<String, Long> userIds) {
		PlanImport found = this.imports.findById(importId).orElseThrow();
		if (found.getState() == PlanImport.State.SAVING || found.getState() == PlanImport.State.SAVED) {
			return false;
		}
		found.startSaving(draft.itemCount(), this.clock.instant());
		this.imports.flush();
		Runnable save = DelegatingSecurityContextRunnable.create(() -> save(importId, draft, intoPlanId, history, userIds),
				SecurityContextHolder.getContext());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ImportSaver.this.executor.execute(save);
			}
		});
		return true;
	}

	private void save(long importId, PlanDraft draft, Long intoPlanId, ImportHistory.Match history,
			Map<String, Long> userIds) {
		try {
			int step = Math.max(1, draft.itemCount() / 50);
			long planId = this.transaction.execute(status -> {
				PlanDraft.Saved saved = this.plans.importDraft(draft, intoPlanId, count -> {
					if (count % step == 0) {
						this.imports.recordProgress(importId, count);
					}
				});
				this.history.restore(saved.planId(), ImportHistory.reports(history, saved, userIds),
						ImportHistory.updates(history, saved, userIds), ImportHistory.planned(history, saved));
				return saved.planId();
			});
			this.imports.recordProgress(importId, draft.itemCount());
			this.imports.finish(importId, PlanImport.State.SAVED, planId, null, this.clock.instant());
			log.info("Import {} saved as plan {} ({} items)", importId, planId, draft.itemCount());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} could not be saved", importId, ex);
			this.imports.finish(importId, PlanImport.State.FAILED, null, "import.save.failed", this.clock.instant());
		}
	}

	/** The import's state, a save that stopped long ago counting as failed. */
	PlanImport.State stateOf(PlanImport found) {
		if (found.getState() == PlanImport.State.SAVING
				&& found.getUpdatedAt().isBefore(this.clock.instant().minus(GIVE_UP_AFTER))) {
			return PlanImport.State.FAILED;
		}
		return found.getState();
	}

}
