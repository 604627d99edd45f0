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

	/**
	 * The closings in the (requested) state that the user did not ask for, with when they
	 * were asked (their latest request step): item, plan, requester, asked at.
	 */
	@Query("select c.itemId, c.planId, c.requesterId, max(s.actedAt) from ItemClosing c, ItemClosingStep s "
			+ "where s.itemId = c.itemId and s.action = :action and c.state = :state "
			+ "and (c.requesterId is null or c.requesterId <> :user) "
			+ "group by c.itemId, c.planId, c.requesterId order by max(s.actedAt), c.itemId")
	List<Object[]> findWaitingNotBy(@Param("user") long userId, @Param("state") ClosingState state,
			@Param("action") String action);

	List<ItemClosing> findByPlanIdAndStateOrderByItemIdAsc(long planId, ClosingState state);

}
