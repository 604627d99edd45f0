package org.leagueplan.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ProgressReported;
import org.leagueplan.progress.ReportRules;
import org.springframework.context.ApplicationEventPublisher;
import org.leagueplan.progress.ReportRules.Violation;
import org.leagueplan.supervision.Inbox;
import org.leagueplan.supervision.Notice;
import org.leagueplan.supervision.NoticeKind;
import org.leagueplan.system.CommitteeTime;
import org.leagueplan.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Splitting a count target among units and the units' reports on their quotas. A split is
 * saved whether or not its amounts add up to the target (a split that does not is flagged
 * wherever it is shown: {@link QuotaViews}); each amount is at least zero, a unit at most
 * once, an existing unit only; who may change the target's item may split it
 * ({@link PlanPermissions#mayEditItem}). A unit's report passes the one acceptance of
 * reports ({@link ReportRules}: a value, as of a day in the plan's year and not after
 * today); only the unit's staff and ADMIN report for a unit. Every refusal saves nothing.
 */
@Service
class Quotas {

	private final QuotaRepository quotas;

	private final QuotaReportRepository reports;

	private final QuotaLedger ledger;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final ReportRules rules;

	private final UserDirectory users;

	private final Inbox inbox;

	private final CommitteeTime time;

	private final ApplicationEventPublisher events;

	Quotas(QuotaRepository quotas, QuotaReportRepository reports, QuotaLedger ledger, PlanQueries plans,
			PlanPermissions permissions, ReportRules rules, UserDirectory users, Inbox inbox, CommitteeTime time,
			ApplicationEventPublisher events) {
		this.events = events;
		this.quotas = quotas;
		this.reports = reports;
		this.ledger = ledger;
		this.plans = plans;
		this.permissions = permissions;
		this.rules = rules;
		this.users = users;
		this.inbox = inbox;
		this.time = time;
	}

	/** How a save ended. */
	enum Outcome {

		SAVED, UNCHANGED, CONFLICT, INVALID

	}

	/**
	 * The split's version: every quota of the target (archived ones too) counted with its
	 * version plus one. Quotas are never deleted and every change raises a version, so
	 * any change to the split raises it.
	 */
	static long splitVersion(List<Quota> all) {
		return all.stream().mapToLong(quota -> quota.getVersion() + 1).sum();
	}

	/** Only count targets are split. */
	static boolean splittable(TargetRef target) {
		return target.kind() == TargetKind.COUNT;
	}

	/** Every quota of the target, archived ones too. */
	@Transactional(readOnly = true)
	List<Quota> allOf(long targetId) {
		return this.quotas.findByTargetIdOrderByIdAsc(targetId);
	}

	/** Refuses (403) unless the person may change the target's item. */
	void checkSplit(TargetRef target) {
		if (!this.permissions.mayEditItem(target.itemId())) {
			throw new AccessDeniedException("target " + target.id() + " is not in the user's units");
		}
	}

	/** Whether the person may split the item's targets: who may change the item. */
	boolean maySplitOn(long itemId) {
		return this.permissions.mayEditItem(itemId);
	}

	/** Whether the person reports for the unit: its STAFF, and ADMIN. */
	boolean mayReportFor(long unitId) {
		return this.users.current()
			.filter(user -> user.has(Role.ADMIN) || (user.has(Role.STAFF) && user.unitIds().contains(unitId)))
			.isPresent();
	}

	/**
	 * Saves the split the form asks for, or rejects the form's fields, or answers that
	 * the split changed since the page was shown (a conflict: nothing saved). Units given
	 * a quota or a new amount are told in their staff's inboxes.
	 */
	@Transactional
	Outcome split(long targetId, QuotaSplitForm form, Errors errors) {
		TargetRef target = this.plans.target(targetId);
		checkSplit(target);
		if (!splittable(target)) {
			errors.reject("quota.countOnly");
			return Outcome.INVALID;
		}
		Map<Long, BigDecimal> wanted = wanted(form, errors);
		if (errors.hasErrors()) {
			return Outcome.INVALID;
		}
		List<Quota> all = this.quotas.findByTargetIdOrderByIdAsc(targetId);
		if (!Objects.equals(form.getVersion(), splitVersion(all))) {
			return same(amounts(all), wanted) ? Outcome.UNCHANGED : Outcome.CONFLICT;
		}
		ItemContext item = this.plans.itemContext(target.itemId());
		Map<Long, Quota> byUnit = all.stream().collect(Collectors.toMap(Quota::getUnitId, Function.identity()));
		List<Quota> told = new ArrayList<>();
		for (Quota quota : all) {
			if (!wanted.containsKey(quota.getUnitId())) {
				quota.archive();
			}
		}
		wanted.forEach((unitId, amount) -> {
			Quota quota = byUnit.get(unitId);
			if (quota == null) {
				told.add(this.quotas.save(new Quota(item.plan().id(), item.itemId(), targetId, unitId, amount)));
			}
			else if (quota.assign(amount)) {
				told.add(quota);
			}
		});
		this.quotas.flush();
		tell(target, item, told);
		// the audit log: the split as saved, unit by amount
		this.events.publishEvent(new ProgressReported("QUOTA_SPLIT", "target " + targetId, wanted.toString()));
		return Outcome.SAVED;
	}

	/**
	 * The amount per unit the form asks for; rejects unknown, repeated or missing units.
	 */
	private Map<Long, BigDecimal> wanted(QuotaSplitForm form, Errors errors) {
		Set<Long> known = this.plans.units().stream().map(UnitRef::id).collect(Collectors.toSet());
		Map<Long, BigDecimal> wanted = new LinkedHashMap<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < form.getRows().size(); i++) {
			QuotaSplitForm.Row row = form.getRows().get(i);
			if (row == null || (row.getUnitId() == null && row.getAmount() == null)) {
				continue;
			}
			String field = "rows[" + i + "]";
			if (row.getUnitId() == null) {
				errors.rejectValue(field + ".unitId", "quota.unit.required");
			}
			else if (!seen.add(row.getUnitId())) {
				errors.rejectValue(field + ".unitId", "quota.unit.duplicate");
			}
			else if (!known.contains(row.getUnitId()) && row.getAmount() != null) {
				errors.rejectValue(field + ".unitId", "quota.unit.unknown");
			}
			else if (row.getAmount() != null) {
				wanted.put(row.getUnitId(), row.getAmount());
			}
		}
		return wanted;
	}

	/** Whether the form asks for exactly the stored split (amounts compared by value). */
	static boolean same(Map<Long, BigDecimal> stored, Map<Long, BigDecimal> wanted) {
		if (!stored.keySet().equals(wanted.keySet())) {
			return false;
		}
		return stored.entrySet()
			.stream()
			.allMatch(entry -> entry.getValue().compareTo(wanted.get(entry.getKey())) == 0);
	}

	/**
	 * Tells the staff of each unit whose quota is new or changed, in their inboxes; one
	 * notice per change (the quota's version is in its key).
	 */
	private void tell(TargetRef target, ItemContext item, List<Quota> changed) {
		if (changed.isEmpty()) {
			return;
		}
		Map<Long, List<Long>> staff = this.users
			.staffIdsByUnit(changed.stream().map(Quota::getUnitId).collect(Collectors.toSet()));
		for (Quota quota : changed) {
			String note = quota.getAmount().stripTrailingZeros().toPlainString()
					+ ((target.unitLabel() != null) ? target.unitLabel() : "");
			for (long userId : staff.getOrDefault(quota.getUnitId(), List.of())) {
				this.inbox.post(new Notice(userId, NoticeKind.QUOTA_ASSIGNED, item.plan().id(), item.itemId(),
						item.heading() + " · " + target.name(), note,
						"quota:" + quota.getId() + ":v" + quota.getVersion() + ":user:" + userId));
			}
		}
	}

	/** The unit's quota (not archived) on the target, if any. */
	@Transactional(readOnly = true)
	Optional<Quota> quotaOf(long targetId, long unitId) {
		return this.quotas.findByTargetIdOrderByIdAsc(targetId)
			.stream()
			.filter(quota -> quota.getUnitId() == unitId)
			.findFirst();
	}

	/**
	 * Takes the unit's report on its quota, or rejects the form: not the person's unit, a
	 * unit taken off the split, a target another source counts (its register), and
	 * whatever {@link ReportRules} refuses. Nothing is saved when refused.
	 * @return the report's id, empty when refused
	 */
	@Transactional
	Optional<Long> report(long targetId, long unitId, QuotaReportForm form, Errors errors) {
		if (!mayReportFor(unitId)) {
			throw new AccessDeniedException("unit " + unitId + " is not the user's");
		}
		Quota quota = quotaOf(targetId, unitId).orElseThrow(() -> new NotFoundException("quota", targetId));
		if (quota.isArchived()) {
			errors.reject("quota.report.archived");
			return Optional.empty();
		}
		if (!this.ledger.countedElsewhere(List.of(targetId)).isEmpty()) {
			errors.reject("quota.report.counted");
			return Optional.empty();
		}
		ItemContext item = this.plans.itemContext(quota.getItemId());
		if (form.getValue() == null && !errors.hasFieldErrors("value")) {
			errors.rejectValue("value", "report.value.required");
		}
		if (!errors.hasFieldErrors("asOf") && form.getAsOf() != null) {
			for (Violation violation : this.rules.violations(new ReportRules.Report(TargetKind.COUNT,
					(form.getValue() != null) ? form.getValue() : BigDecimal.ZERO, null, form.getAsOf(),
					item.plan().year(), List.of()))) {
				if (violation.field() != null && !errors.hasFieldErrors(violation.field())) {
					errors.rejectValue(violation.field(), violation.code(), violation.getArguments(), violation.code());
				}
				else if (violation.field() == null) {
					errors.reject(violation.code(), violation.getArguments(), violation.code());
				}
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Long reporterId = this.users.current().map(CurrentUser::id).orElse(null);
		QuotaReport saved = this.reports.save(new QuotaReport(quota.getId(), form.getValue(), form.getAsOf(),
				(form.getNote() == null || form.getNote().isBlank()) ? null : form.getNote(), reporterId,
				this.time.now()));
		this.events.publishEvent(new ProgressReported("QUOTA_REPORTED", "quota " + quota.getId(),
				form.getValue().toPlainString() + " @ " + form.getAsOf()));
		return Optional.of(saved.getId());
	}

	/** The unit's reports on its quota, newest first. */
	@Transactional(readOnly = true)
	List<QuotaReport> reportsOf(Quota quota) {
		return this.reports.findByQuotaIdOrderByIdDesc(quota.getId());
	}

	/** The stored split as the form shows it: a unit per row, by the units' order. */
	static Map<Long, BigDecimal> amounts(List<Quota> all) {
		Map<Long, BigDecimal> amounts = new HashMap<>();
		all.stream()
			.filter(quota -> !quota.isArchived())
			.forEach(quota -> amounts.put(quota.getUnitId(), quota.getAmount()));
		return amounts;
	}

}
