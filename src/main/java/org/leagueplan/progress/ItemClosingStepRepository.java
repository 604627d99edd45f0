package org.leagueplan.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemClosingStepRepository extends JpaRepository<ItemClosingStep, Long> {

	List<ItemClosingStep> findByItemIdOrderByIdAsc(long itemId);

}
