package org.leagueplan.progress;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedValueRepository extends JpaRepository<PlannedValue, Long> {

	List<PlannedValue> findByTargetIdInOrderByPeriodEndAsc(Collection<Long> targetIds);

	List<PlannedValue> findByPlanIdOrderByPeriodEndAsc(Long planId);

	void deleteByTargetId(Long targetId);

}
