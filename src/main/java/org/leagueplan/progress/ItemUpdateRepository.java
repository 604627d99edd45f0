package org.leagueplan.progress;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemUpdateRepository extends JpaRepository<ItemUpdate, Long> {

	List<ItemUpdate> findByItemIdOrderByReportedAtDescIdDesc(Long itemId);

	List<ItemUpdate> findTop10ByPlanIdAndReportedAtLessThanOrderByReportedAtDescIdDesc(Long planId, Instant until);

	List<ItemUpdate> findByPlanIdOrderByReportedAtAscIdAsc(Long planId);

	List<ItemUpdate> findByPlanIdAndReportedAtGreaterThanEqualAndReportedAtLessThanOrderByIdAsc(Long planId,
			Instant from, Instant until);

}
