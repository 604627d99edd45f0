package org.leagueplan.importing;

import java.time.Clock;
import java.util.Map;

import org.leagueplan.account.ActingUser;
import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.exchange.WorkbookHistory;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.PlanUpdates;
import org.leagueplan.progress.ReportRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a checked import as a plan in the background, all or nothing — the plan and the
 * progress history a workbook brought, in one transaction — as the person who pressed
 * "save" (for the audit log), recording how many items are saved so the progress page can
 * show it.
 * <p>
 * Pressing "save" claims the import and publishes {@link ImportSaveRequested} in one
 * transaction; the event publication registry keeps the event until {@link #on its
 * listener} has finished, and publishes it again at the next start if the instance
 * stopped first. {@link ImportSaveLease} keeps one save at a time per import.
 */
@Component
class ImportSaver {

	private static final Logger log = LoggerFactory.getLogger(ImportSaver.class);

	private final PlanImportRepository imports;

	private final PlanImports planImports;

	private final PlanUpdates plans;

	private final WorkbookHistory history;

	private final ImportSaveLease lease;

	private final UserDirectory users;

	private final ActingUser acting;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ImportSaver(PlanImportRepository imports, PlanImports planImports, PlanUpdates plans, WorkbookHistory history,
			ImportSaveLease lease, UserDirectory users, ActingUser acting, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.imports = imports;
		this.planImports = planImports;
		this.plans = plans;
		this.history = history;
		this.lease = lease;
		this.users = users;
		this.acting = acting;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Marks the import, as now stored, as saving by this instance and asks for its save;
	 * {@code false} if it is saved, or a save is running (here or on another instance),
	 * or another press started one first. A save that was interrupted (its instance
	 * stopped) is started again.
	 */
	@Transactional
	public boolean start(long importId) {
		PlanImport found = this.imports.findById(importId).orElseThrow();
		boolean interrupted = this.lease.isInterrupted(found);
		if (found.getState() == PlanImport.State.SAVED
				|| (found.getState() == PlanImport.State.SAVING && !interrupted)) {
			return false;
		}
		String requestedBy = this.users.current().map(CurrentUser::username).orElseThrow();
		if (!claim(found, prepare(found).draft().itemCount())) {
			return false;
		}
		if (interrupted) {
			log.warn("Import {} was left saving by {} (last heard of at {}); saving it again", importId,
					found.getSaveInstance(), found.getSaveHeartbeatAt());
		}
		// handled after the commit by on(…), which finds the import claimed with this
		// version
		this.events.publishEvent(new ImportSaveRequested(importId, found.getVersion() + 1, requestedBy));
		return true;
	}

	/**
	 * The press's transaction did not commit: the claim is gone with it, and nothing runs
	 * here.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
	void notStarted(ImportSaveRequested requested) {
		this.lease.end(requested.importId());
	}

	/**
	 * Saves the import as the person who asked for it. The event is the one
	 * {@link #start} published in the claim's transaction, or one the registry publishes
	 * again after a restart (or twice): then the import is saved only if nobody saved it
	 * and nobody is saving it — claimed here first, so it is saved once.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ImportSaveRequested requested) {
		this.acting.run(requested.requestedBy(), () -> save(requested));
	}

	private void save(ImportSaveRequested requested) {
		long importId = requested.importId();
		PlanImport found = this.imports.findById(importId).orElse(null);
		if (found == null) {
			return; // removed (a week untouched) before it was saved
		}
		// the press's own claim, still running here and not yet taken by another delivery
		// of the same event
		boolean handedOver = found.getState() == PlanImport.State.SAVING && found.getVersion() == requested.version()
				&& this.lease.run().equals(found.getSaveRun()) && this.lease.handOver(importId);
		if (!handedOver && found.getState() != PlanImport.State.FAILED && !this.lease.isInterrupted(found)) {
			return; // saved already, or being saved
		}
		Save save;
		try {
			save = prepare(found);
		}
		catch (RuntimeException ex) {
			// as any failed save: shown as failed (or still as interrupted), saved again
			// by the next press
			if (handedOver) {
				fail(importId, ex);
				this.lease.end(importId);
			}
			else {
				log.warn("Import {} could not be saved again", importId, ex);
			}
			return;
		}
		if (!handedOver) {
			if (!claim(found, save.draft().itemCount())) {
				return; // another press or instance claimed it first
			}
			log.warn("Import {} was not saved before {} stopped; saving it again", importId, found.getSaveInstance());
		}
		save(importId, this.lease.run(), save);
	}

	/**
	 * Claims the import for this run: marks it running here, and saving by this run in
	 * the database.
	 */
	private boolean claim(PlanImport found, int itemCount) {
		if (!this.lease.begin(found.getId())) {
			return false; // another request here is starting it
		}
		if (this.imports.claim(found.getId(), found.getVersion(), itemCount, this.lease.instance(), this.lease.run(),
				this.clock.instant()) == 0) {
			this.lease.end(found.getId());
			return false;
		}
		return true;
	}

	/**
	 * What a save stores, from the import as checked and stored: the draft, and the
	 * history that fits it.
	 */
	private Save prepare(PlanImport found) {
		ImportContent content = this.planImports.content(found);
		ImportForm form = content.form();
		Map<String, Long> reporterIds = this.users.idsByUsername();
		return new Save(ImportForms.toDraft(form, this.planImports.directory().ownerIds()), form.getIntoPlanId(),
				this.planImports.history(form, content, reporterIds.keySet()), reporterIds);
	}

	private void save(long importId, String run, Save save) {
		PlanDraft draft = save.draft();
		try {
			int step = Math.max(1, draft.itemCount() / 50);
			long planId = this.transaction.execute(status -> {
				PlanDraft.Saved saved = this.plans.importDraft(draft, save.intoPlanId(), count -> {
					if (count % step == 0) {
						this.imports.recordProgress(importId, run, count, this.clock.instant());
					}
				});
				this.history.restore(save.history(), saved, save.userIds());
				// in the plan's transaction: the plan is kept only if this run still
				// holds the save
				if (this.imports.finishSaved(importId, run, saved.planId(), this.clock.instant()) == 0) {
					throw new IllegalStateException("the save of import " + importId + " was taken over");
				}
				return saved.planId();
			});
			log.info("Import {} saved as plan {} ({} items)", importId, planId, draft.itemCount());
		}
		catch (ReportRules.Refused ex) {
			// the history was checked on the check page; a day passed since (a report's
			// as-of day now in another year)
			log.warn("Import {} could not be saved: {}", importId, ex.getMessage());
			this.imports.fail(importId, run, "import.save.historyRefused", this.clock.instant());
		}
		catch (RuntimeException ex) {
			fail(importId, ex);
		}
		finally {
			this.lease.end(importId);
		}
	}

	private void fail(long importId, RuntimeException ex) {
		log.warn("Import {} could not be saved", importId, ex);
		this.imports.fail(importId, this.lease.run(), "import.save.failed", this.clock.instant());
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

	/**
	 * @param history the part of the workbook's history and planned values that fits the
	 * checked plan
	 * @param userIds user ids by lower-case user name, for the reporters
	 */
	private record Save(PlanDraft draft, Long intoPlanId, WorkbookHistory.Match history, Map<String, Long> userIds) {
	}

}
