package org.leagueplan.progress.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemUpdateRepository extends JpaRepository<ItemUpdate, Long> {

	List<ItemUpdate> findByItemIdOrderByReportedAtDescIdDesc(Long itemId);

	List<ItemUpdate> findTop10ByPlanIdOrderByReportedAtDescIdDesc(Long planId);

}
