package org.leagueplan.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	List<OrgUnit> findByArchivedFalseOrderBySortOrderAscIdAsc();

	List<OrgUnit> findByArchivedTrueOrderBySortOrderAscIdAsc();

	Optional<OrgUnit> findByNameIgnoreCase(String name);

}
