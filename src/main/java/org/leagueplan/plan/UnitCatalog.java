package org.leagueplan.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.leagueplan.account.UnitDirectory;
import org.leagueplan.account.UnitRef;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the responsible units.
 */
@Service
@Transactional(readOnly = true)
class UnitCatalog implements UnitDirectory {

	private final OrgUnitRepository units;

	UnitCatalog(OrgUnitRepository units) {
		this.units = units;
	}

	public List<OrgUnit> active() {
		return this.units.findByArchivedFalseOrderBySortOrderAscIdAsc();
	}

	public List<OrgUnit> archived() {
		return this.units.findByArchivedTrueOrderBySortOrderAscIdAsc();
	}

	public OrgUnit unit(long unitId) {
		return this.units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
	}

	public Optional<OrgUnit> findByName(String name) {
		return this.units.findByNameIgnoreCase(name);
	}

	@Override
	public List<UnitRef> activeUnits() {
		return active().stream().map(unit -> new UnitRef(unit.getId(), unit.getName())).toList();
	}

	@Override
	public List<UnitRef> allUnits() {
		return this.units.findAll().stream().map(unit -> new UnitRef(unit.getId(), unit.getName())).toList();
	}

	/** Whether every id names an existing unit. */
	public boolean allExist(Collection<Long> unitIds) {
		return this.units.findAllById(unitIds).size() == unitIds.size();
	}

}
