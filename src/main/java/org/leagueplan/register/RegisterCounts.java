package org.leagueplan.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leagueplan.progress.CountedValues;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target with a register is counted: its value on day D is the number of its entries
 * accepted by now whose date is D or earlier (an entry accepted late counts for its own
 * date, as a report approved late counts for its as-of day; a withdrawn, pending or
 * returned entry counts on no day). Each method is one or two queries whatever the number
 * of targets and entries.
 */
@Component
@Transactional(readOnly = true)
class RegisterCounts implements CountedValues {

	private final RegisterRepository registers;

	private final RegisterEntryRepository entries;

	private final CommitteeTime time;

	RegisterCounts(RegisterRepository registers, RegisterEntryRepository entries, CommitteeTime time) {
		this.registers = registers;
		this.entries = entries;
		this.time = time;
	}

	@Override
	public Set<Long> countedAmong(Collection<Long> targetIds) {
		return targetIds.isEmpty() ? Set.of() : new HashSet<>(this.registers.findTargetIdsIn(targetIds));
	}

	@Override
	public Map<Long, TargetProgress> valuesOfPlanOn(long planId, LocalDate day) {
		Map<Long, TargetProgress> values = new HashMap<>();
		for (RegisterRepository.Started started : this.registers.findStartedByPlanId(planId)) {
			values.put(started.getTargetId(), progress(started.getTargetId(), day, 0, started.getCreatedAt()));
		}
		if (values.isEmpty()) {
			return values;
		}
		for (RegisterEntryRepository.Count count : this.entries.countByPlanOn(planId, day, this.time.madeByNow())) {
			values.put(count.getTargetId(),
					progress(count.getTargetId(), day, count.getCount(), count.getLastCounted()));
		}
		return values;
	}

	@Override
	public Optional<TargetProgress> valueOfTargetOn(long targetId, LocalDate day) {
		return this.registers.findByTargetId(targetId)
			.map(register -> this.entries.countByTargetOn(targetId, day, this.time.madeByNow())
				.stream()
				.findFirst()
				.map(count -> progress(targetId, day, count.getCount(), count.getLastCounted()))
				.orElse(progress(targetId, day, 0, register.getCreatedAt())));
	}

	@Override
	public Map<Long, Instant> lastCountedOfPlanBefore(long planId, Instant until) {
		Map<Long, Instant> last = new HashMap<>();
		this.entries.lastActivityOfPlanBefore(planId, until)
			.forEach(activity -> last.put(activity.getTargetId(), activity.getLastAt()));
		return last;
	}

	@Override
	public Map<Long, Map<Long, BigDecimal>> unitValuesOfPlanOn(long planId, LocalDate day) {
		Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
		for (RegisterEntryRepository.UnitCount count : this.entries.countByPlanAndUnitOn(planId, day,
				this.time.madeByNow())) {
			values.computeIfAbsent(count.getTargetId(), id -> new HashMap<>())
				.put(count.getUnitId(), BigDecimal.valueOf(count.getCount()));
		}
		return values;
	}

	/**
	 * A count as the target's value on the day: as of that day, reported when the last
	 * entry counted was accepted (the register's setting up while none is).
	 */
	private static TargetProgress progress(long targetId, LocalDate day, long count, Instant at) {
		return new TargetProgress(targetId, BigDecimal.valueOf(count), null, day, at, (int) count);
	}

}
