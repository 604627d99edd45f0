package org.leagueplan.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.RegisterEvidence;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register pages show, each in a fixed number of queries whatever the number of
 * entries: a register with a page of its entries, one entry with its values, evidence and
 * trail.
 */
@Service
@Transactional(readOnly = true)
class RegisterReading {

	static final Sort ORDER = Sort.by(Sort.Order.desc("entryDate"), Sort.Order.desc("id"));

	private final Registers registers;

	private final RegisterFieldRepository fields;

	private final RegisterEntryRepository entries;

	private final EntryStepRepository steps;

	private final EntryRules rules;

	private final RegisterEvidence evidence;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final UserDirectory users;

	private final org.leagueplan.progress.PlanJudge judge;

	RegisterReading(Registers registers, RegisterFieldRepository fields, RegisterEntryRepository entries,
			EntryStepRepository steps, EntryRules rules, RegisterEvidence evidence, PlanQueries plans,
			PlanPermissions permissions, UserDirectory users, org.leagueplan.progress.PlanJudge judge) {
		this.judge = judge;
		this.registers = registers;
		this.fields = fields;
		this.entries = entries;
		this.steps = steps;
		this.rules = rules;
		this.evidence = evidence;
		this.plans = plans;
		this.permissions = permissions;
		this.users = users;
	}

	/** The register page: a page of entries, filtered, and what the person may do. */
	record ListView(Register register, TargetRef target, PlanRef plan, Page<RegisterEntry> entries, long accepted,
			long pending, Map<Long, String> unitNames, boolean mayEnter, boolean mayReview, boolean maySettings) {
	}

	ListView list(long registerId, EntryFilter filter, Pageable pageable) {
		Register register = this.registers.register(registerId);
		TargetRef target = this.plans.target(register.getTargetId());
		PlanRef plan = this.plans.plan(register.getPlanId());
		Page<RegisterEntry> page = this.entries.findAll(filter.of(registerId), pageable);
		boolean mayEdit = this.permissions.mayEditItem(target.itemId());
		return new ListView(register, target, plan, page,
				this.entries.countByRegisterIdAndState(registerId, EntryState.ACCEPTED),
				this.entries.countByRegisterIdAndState(registerId, EntryState.PENDING), unitNames(), mayEdit,
				this.permissions.mayReview(plan.id()), mayEdit);
	}

	/** The register's entries that pass the filters, oldest first, for the export. */
	List<RegisterEntry> all(long registerId, EntryFilter filter) {
		this.registers.register(registerId);
		return this.entries.findAll(filter.of(registerId), Sort.by("entryDate", "id"));
	}

	/** One entry: the register, its fields, the entry's values, evidence and trail. */
	record EntryView(Register register, TargetRef target, PlanRef plan, RegisterEntry entry, List<RegisterField> fields,
			List<RegisterEvidence.Item> evidence, List<EntryStep> trail, Map<Long, String> names, String unitName,
			boolean mayEdit, boolean mayReview, boolean isAuthor) {
	}

	EntryView entry(long entryId) {
		RegisterEntry entry = this.registers.entry(entryId);
		Register register = this.registers.register(entry.getRegisterId());
		TargetRef target = this.plans.target(register.getTargetId());
		PlanRef plan = this.plans.plan(register.getPlanId());
		List<EntryStep> trail = this.steps.findByEntryIdOrderByIdAsc(entryId);
		List<Long> people = new java.util.ArrayList<>(trail.stream().map(EntryStep::getActorId).toList());
		people.add(entry.getAuthorId());
		Long me = this.users.current().map(user -> user.id()).orElse(null);
		boolean editable = entry.getState() == EntryState.PENDING || entry.getState() == EntryState.RETURNED;
		entry.getValues().size();
		return new EntryView(register, target, plan, entry, fields(register.getId()),
				this.evidence.ofEntries(List.of(entryId)).getOrDefault(entryId, List.of()), trail, names(people),
				unitNames().getOrDefault(entry.getUnitId(), "#" + entry.getUnitId()),
				editable && this.permissions.mayReportOn(target.itemId()), this.permissions.mayReview(plan.id()),
				me != null && me.equals(entry.getAuthorId()));
	}

	/** The day a new entry proposes: today, kept within the plan's year. */
	java.time.LocalDate defaultDay(Register register) {
		return this.judge.defaultDay(this.plans.plan(register.getPlanId()).year());
	}

	boolean isPending(long entryId) {
		return this.registers.entry(entryId).getState() == EntryState.PENDING;
	}

	long registerOfField(long fieldId) {
		return this.fields.findById(fieldId)
			.orElseThrow(() -> new org.leagueplan.system.NotFoundException("register field", fieldId))
			.getRegisterId();
	}

	List<RegisterField> fields(long registerId) {
		return this.fields.findByRegisterIdOrderByPositionAscIdAsc(registerId);
	}

	/** The units the person may register entries for. */
	Map<Long, String> unitsForCurrentUser() {
		return this.users.current().map(this.rules::unitsFor).orElse(Map.of());
	}

	Map<Long, String> unitNames() {
		Map<Long, String> names = new HashMap<>();
		for (UnitRef unit : this.plans.units()) {
			names.put(unit.id(), unit.name());
		}
		return names;
	}

	private Map<Long, String> names(Collection<Long> people) {
		Map<Long, String> names = new HashMap<>();
		this.users.findByIds(people.stream().filter(java.util.Objects::nonNull).toList())
			.forEach((id, user) -> names.put(id, user.displayName()));
		return names;
	}

}
