package org.leagueplan.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.ProgressReported;
import org.leagueplan.progress.RegisterEvidence;
import org.leagueplan.progress.ReportRules.Violation;
import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Registers and their entries: setting a register up on a count target (whoever may edit
 * the target), its own fields, and an entry's life — made (PENDING where the plan's
 * review is on and the person's reports are reviewed, else ACCEPTED at once), accepted or
 * returned with a reason by a reviewer who is not its author, revised and resubmitted,
 * withdrawn (撤销) with a reason. Every step is version-checked, written to the entry's
 * trail and the audit log ({@link ProgressReported}); a refused step saves nothing.
 */
@Service
@Transactional
class Registers {

	static final int MAX_REASON = 500;

	private final RegisterRepository registers;

	private final RegisterFieldRepository fields;

	private final RegisterEntryRepository entries;

	private final EntryStepRepository steps;

	private final EntryRules rules;

	private final RegisterEvidence evidence;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final ProgressQueries progress;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	Registers(RegisterRepository registers, RegisterFieldRepository fields, RegisterEntryRepository entries,
			EntryStepRepository steps, EntryRules rules, RegisterEvidence evidence, PlanQueries plans,
			PlanPermissions permissions, ProgressQueries progress, UserDirectory users,
			ApplicationEventPublisher events, java.time.Clock clock) {
		this.registers = registers;
		this.fields = fields;
		this.entries = entries;
		this.steps = steps;
		this.rules = rules;
		this.evidence = evidence;
		this.plans = plans;
		this.permissions = permissions;
		this.progress = progress;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** What a step came to. */
	enum Outcome {

		DONE, STALE, WRONG_STATE, OWN_ENTRY, REASON_REQUIRED, REASON_TOO_LONG, NOT_COUNT, EXISTS, NAME_REQUIRED

	}

	/** A step's outcome, with the register's id where one was set up. */
	record SetUp(Outcome outcome, Long registerId) {
	}

	Register register(long registerId) {
		return this.registers.findById(registerId).orElseThrow(() -> new NotFoundException("register", registerId));
	}

	/** An entry with its own fields' values. */
	RegisterEntry entry(long entryId) {
		RegisterEntry entry = this.entries.findById(entryId)
			.orElseThrow(() -> new NotFoundException("register entry", entryId));
		entry.getValues().size();
		return entry;
	}

	/**
	 * Sets up the register of a count target (whoever may edit the target's item): named
	 * the target's name unless a name is given. A target has at most one register. A
	 * target split into quotas may have one: its register then counts it, and each unit's
	 * quota counts its entries (quotas yield to a register, docs/quotas.md).
	 */
	SetUp setUp(long targetId, String name) {
		TargetRef target = this.plans.target(targetId);
		if (!this.permissions.mayEditItem(target.itemId())) {
			throw new AccessDeniedException("target " + targetId + ": the user may not edit it");
		}
		if (target.kind() != TargetKind.COUNT) {
			return new SetUp(Outcome.NOT_COUNT, null);
		}
		Optional<Register> existing = this.registers.findByTargetId(targetId);
		if (existing.isPresent()) {
			return new SetUp(Outcome.EXISTS, existing.get().getId());
		}
		String named = (name == null || name.isBlank()) ? target.name() : name.strip();
		if (named.length() > Register.MAX_NAME) {
			named = named.substring(0, Register.MAX_NAME);
		}
		long planId = this.plans.itemContext(target.itemId()).plan().id();
		Register register = this.registers.saveAndFlush(new Register(targetId, planId, named, this.clock.instant()));
		this.events.publishEvent(new ProgressReported("REGISTER_SET_UP", "target " + targetId, named));
		return new SetUp(Outcome.DONE, register.getId());
	}

	/** Refuses (403) unless the person may edit the register's target (its settings). */
	void checkSettings(Register register) {
		if (!this.permissions.mayEditItem(this.plans.target(register.getTargetId()).itemId())) {
			throw new AccessDeniedException("register " + register.getId() + ": the user may not edit its target");
		}
	}

	/** Renames the register and adds a field, if one is given. */
	Outcome changeSettings(long registerId, FieldForm form, Errors errors) {
		Register register = register(registerId);
		checkSettings(register);
		if (form.getVersion() == null || form.getVersion() != register.getVersion()) {
			return Outcome.STALE;
		}
		form.validate(errors);
		if (errors.hasErrors()) {
			return null;
		}
		if (form.getName() != null && !form.getName().isBlank()) {
			register.rename(form.getName().strip());
		}
		if (form.getLabel() != null && !form.getLabel().isBlank()) {
			int position = this.fields.findByRegisterIdOrderByPositionAscIdAsc(registerId).size() + 1;
			this.fields.save(new RegisterField(registerId, position, form.getLabel().strip(), form.getKind(),
					form.getChoices(), form.isRequired()));
		}
		this.registers.saveAndFlush(register);
		this.events
			.publishEvent(new ProgressReported("REGISTER_CHANGED", "register " + registerId, register.getName()));
		return Outcome.DONE;
	}

	/** Archives a field: it is asked no more, its values stay readable. */
	Outcome archiveField(long fieldId, Long version) {
		RegisterField field = this.fields.findById(fieldId)
			.orElseThrow(() -> new NotFoundException("register field", fieldId));
		checkSettings(register(field.getRegisterId()));
		if (version == null || field.getVersion() != version) {
			return Outcome.STALE;
		}
		field.archive();
		this.fields.saveAndFlush(field);
		this.events.publishEvent(
				new ProgressReported("REGISTER_FIELD_ARCHIVED", "register " + field.getRegisterId(), field.getLabel()));
		return Outcome.DONE;
	}

	/** Refuses (403) unless the person may report on the register's item. */
	void checkEntries(Register register) {
		this.permissions.checkReportOn(this.plans.target(register.getTargetId()).itemId());
	}

	/**
	 * Makes an entry from the form, or rejects the form's fields and saves nothing.
	 * @return the entry's id when made
	 */
	Optional<Long> create(long registerId, EntryForm form, Errors errors) {
		Register register = register(registerId);
		checkEntries(register);
		List<RegisterField> own = this.fields.findByRegisterIdOrderByPositionAscIdAsc(registerId);
		EntryInput input = form.input();
		RegisterEvidence.Checked checked = check(register, own, input, form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		RegisterEntry entry = make(register, own, input, currentUser().id(), this.clock.instant());
		this.evidence.store(entry.getId(), checked, entry.getMadeAt());
		return Optional.of(entry.getId());
	}

	/**
	 * Each row's broken rules — the rules a person's entry passes — in the rows' order.
	 */
	@Transactional(readOnly = true)
	List<List<Violation>> checkRows(long registerId, List<EntryInput> inputs) {
		Register register = register(registerId);
		checkEntries(register);
		List<RegisterField> own = this.fields.findByRegisterIdOrderByPositionAscIdAsc(registerId);
		int year = this.plans.plan(register.getPlanId()).year();
		Set<Long> units = this.rules.unitsFor(currentUser()).keySet();
		return inputs.stream().map(input -> this.rules.violations(input, year, own, units)).toList();
	}

	/**
	 * Makes an entry of every row — each as a person's entry is made, so review applies —
	 * all or none: when any row breaks a rule nothing is saved and the rows' violations
	 * are answered; when all pass, empty lists.
	 */
	List<List<Violation>> importRows(long registerId, List<EntryInput> inputs) {
		List<List<Violation>> violations = checkRows(registerId, inputs);
		if (violations.stream().anyMatch(found -> !found.isEmpty())) {
			return violations;
		}
		Register register = register(registerId);
		List<RegisterField> own = this.fields.findByRegisterIdOrderByPositionAscIdAsc(registerId);
		Long author = currentUser().id();
		Instant now = this.clock.instant();
		for (EntryInput input : inputs) {
			make(register, own, input, author, now);
		}
		return violations;
	}

	/**
	 * The one way an entry is made: filled, accepted at once unless reviewed, trailed.
	 */
	private RegisterEntry make(Register register, List<RegisterField> own, EntryInput input, Long author, Instant now) {
		RegisterEntry entry = new RegisterEntry(register, author, now);
		entry.fill(input.name().strip(), input.unitId(), input.entryDate(), strip(input.place()),
				strip(input.description()), EntryRules.kept(input, own));
		boolean reviewed = reviewed(register);
		if (!reviewed) {
			entry.accept(now);
		}
		this.entries.saveAndFlush(entry);
		this.steps
			.save(new EntryStep(entry.getId(), reviewed ? EntryStep.MADE : EntryStep.ACCEPTED, null, author, now));
		this.events.publishEvent(new ProgressReported(reviewed ? "REGISTER_ENTRY_SUBMITTED" : "REGISTER_ENTRY_MADE",
				"register entry " + entry.getId(), entry.getName()));
		return entry;
	}

	/**
	 * Revises a pending or returned entry (a returned one is submitted again); a stale
	 * version is {@link Outcome#STALE}, an accepted or withdrawn entry
	 * {@link Outcome#WRONG_STATE}; rejected fields answer {@code null}.
	 */
	Outcome update(long entryId, EntryForm form, Errors errors) {
		RegisterEntry entry = this.entries.findForUpdate(entryId)
			.orElseThrow(() -> new NotFoundException("register entry", entryId));
		Register register = register(entry.getRegisterId());
		checkEntries(register);
		if (form.getVersion() == null || form.getVersion() != entry.getVersion()) {
			return Outcome.STALE;
		}
		if (entry.getState() != EntryState.PENDING && entry.getState() != EntryState.RETURNED) {
			return Outcome.WRONG_STATE;
		}
		List<RegisterField> own = this.fields.findByRegisterIdOrderByPositionAscIdAsc(register.getId());
		EntryInput input = form.input();
		RegisterEvidence.Checked checked = check(register, own, input, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = this.clock.instant();
		Long actor = currentUser().id();
		boolean returned = entry.getState() == EntryState.RETURNED;
		entry.fill(input.name().strip(), input.unitId(), input.entryDate(), strip(input.place()),
				strip(input.description()), EntryRules.kept(input, own));
		boolean reviewed = reviewed(register);
		if (reviewed) {
			entry.submit();
		}
		else {
			entry.accept(now);
		}
		this.entries.saveAndFlush(entry);
		this.steps
			.save(new EntryStep(entryId, reviewed ? EntryStep.RESUBMITTED : EntryStep.ACCEPTED, null, actor, now));
		this.evidence.store(entryId, checked, now);
		this.events
			.publishEvent(new ProgressReported(returned ? "REGISTER_ENTRY_RESUBMITTED" : "REGISTER_ENTRY_CHANGED",
					"register entry " + entryId, entry.getName()));
		return Outcome.DONE;
	}

	private RegisterEvidence.Checked check(Register register, List<RegisterField> own, EntryInput input, EntryForm form,
			Errors errors) {
		int year = this.plans.plan(register.getPlanId()).year();
		for (Violation violation : this.rules.violations(input, year, own,
				this.rules.unitsFor(currentUser()).keySet())) {
			errors.rejectValue(violation.field(), violation.code(), violation.getArguments(), null);
		}
		return this.evidence.check(form.getFiles(), form.getLinks(), errors);
	}

	/** Accepts a pending entry: it counts from now on, for every day from its date. */
	Outcome accept(long entryId, Long version) {
		return decide(entryId, version, EntryState.PENDING, EntryStep.ACCEPTED, null);
	}

	/** Returns a pending entry with a reason: its author revises it. */
	Outcome returnEntry(long entryId, Long version, String reason) {
		return decide(entryId, version, EntryState.PENDING, EntryStep.RETURNED, reason);
	}

	/** Withdraws (撤销) an accepted entry with a reason: it counts on no day. */
	Outcome withdraw(long entryId, Long version, String reason) {
		return decide(entryId, version, EntryState.ACCEPTED, EntryStep.WITHDRAWN, reason);
	}

	private Outcome decide(long entryId, Long version, EntryState from, String action, String reason) {
		RegisterEntry entry = this.entries.findForUpdate(entryId)
			.orElseThrow(() -> new NotFoundException("register entry", entryId));
		this.permissions.checkReview(entry.getPlanId());
		Long actor = currentUser().id();
		if (!EntryStep.WITHDRAWN.equals(action) && actor.equals(entry.getAuthorId())) {
			return Outcome.OWN_ENTRY;
		}
		if (version == null || entry.getVersion() != version) {
			return Outcome.STALE;
		}
		if (entry.getState() != from) {
			return Outcome.WRONG_STATE;
		}
		if (!EntryStep.ACCEPTED.equals(action)) {
			if (reason == null || reason.isBlank()) {
				return Outcome.REASON_REQUIRED;
			}
			if (reason.length() > MAX_REASON) {
				return Outcome.REASON_TOO_LONG;
			}
		}
		Instant now = this.clock.instant();
		switch (action) {
			case EntryStep.ACCEPTED -> entry.accept(now);
			case EntryStep.RETURNED -> entry.sendBack(reason.strip());
			default -> entry.withdraw(reason.strip());
		}
		this.entries.saveAndFlush(entry);
		this.steps.save(new EntryStep(entryId, action, (reason != null) ? reason.strip() : null, actor, now));
		this.events.publishEvent(new ProgressReported("REGISTER_ENTRY_" + action, "register entry " + entryId,
				(reason != null) ? reason.strip() : entry.getName()));
		return Outcome.DONE;
	}

	/** Whether a new entry by the person waits for a reviewer. */
	private boolean reviewed(Register register) {
		return this.progress.reviewIsOn(register.getPlanId()) && !this.permissions.reportsWithoutReview();
	}

	private CurrentUser currentUser() {
		return this.users.current().orElseThrow(() -> new AccessDeniedException("not logged in"));
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
