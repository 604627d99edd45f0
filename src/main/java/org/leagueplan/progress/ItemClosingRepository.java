package org.leagueplan.progress;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ItemClosingRepository extends JpaRepository<ItemClosing, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ItemClosing c where c.itemId = :id")
	Optional<ItemClosing> findForUpdate(@Param("id") long itemId);

	List<ItemClosing> findByPlanIdAndStateOrderByItemIdAsc(long planId, ClosingState state);

}
