package org.leagueplan.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of registers (the period report's appendix "台账登记情况"): the
 * accepted entries of a plan dated in a period, per register, in two queries.
 */
@Service
@Transactional(readOnly = true)
public class RegisterQueries {

	private final RegisterRepository registers;

	private final RegisterEntryRepository entries;

	private final RegisterReading reading;

	RegisterQueries(RegisterRepository registers, RegisterEntryRepository entries, RegisterReading reading) {
		this.registers = registers;
		this.entries = entries;
		this.reading = reading;
	}

	/** An accepted entry as a report lists it. */
	public record EntryLine(long entryId, String name, String unitName, LocalDate date, String place) {
	}

	/** A register of the plan with its accepted entries of the period, oldest first. */
	public record RegisterLines(long registerId, long targetId, String name, List<EntryLine> entries) {
	}

	/**
	 * The plan's registers that have accepted entries dated from {@code from} to
	 * {@code to} (both included), in the order they were set up.
	 */
	public List<RegisterLines> entriesOfPlan(long planId, LocalDate from, LocalDate to) {
		Map<Long, String> units = this.reading.unitNames();
		Map<Long, List<EntryLine>> byRegister = new java.util.HashMap<>();
		for (RegisterEntry entry : this.entries.findAcceptedOfPlan(planId, from, to)) {
			byRegister.computeIfAbsent(entry.getRegisterId(), id -> new java.util.ArrayList<>())
				.add(new EntryLine(entry.getId(), entry.getName(),
						units.getOrDefault(entry.getUnitId(), "#" + entry.getUnitId()), entry.getEntryDate(),
						entry.getPlace()));
		}
		return this.registers.findByPlanIdOrderByIdAsc(planId)
			.stream()
			.filter(register -> byRegister.containsKey(register.getId()))
			.map(register -> new RegisterLines(register.getId(), register.getTargetId(), register.getName(),
					byRegister.get(register.getId())))
			.toList();
	}

}
