package org.leagueplan.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemClosingStepRepository extends JpaRepository<ItemClosingStep, Long> {

	List<ItemClosingStep> findByItemIdOrderByIdAsc(long itemId);

	/** The item's latest step of the action (a request to close, …), if any. */
	java.util.Optional<ItemClosingStep> findFirstByItemIdAndActionOrderByIdDesc(long itemId, String action);

}
