package org.leagueplan.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ItemActivityRepository extends JpaRepository<ItemActivity, Long> {

	List<ItemActivity> findByPlanId(Long planId);

	/**
	 * Makes sure the item has a row, whoever else is reporting on it at the same moment.
	 */
	@Modifying
	@Query(value = "insert into item_activity (item_id, plan_id, last_activity_at) values (:id, :plan, :at) "
			+ "on conflict do nothing", nativeQuery = true)
	void ensureExists(@Param("id") long itemId, @Param("plan") long planId, @Param("at") Instant at);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ItemActivity a where a.itemId = :id")
	Optional<ItemActivity> findForUpdate(@Param("id") long itemId);

}
