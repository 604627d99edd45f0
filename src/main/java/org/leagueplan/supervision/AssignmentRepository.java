package org.leagueplan.supervision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByItemIdOrderById(long itemId);

	/** A plan's assignments neither signed nor withdrawn. */
	@Query("select a from Assignment a where a.planId = :planId and a.signedAt is null and a.withdrawnAt is null "
			+ "order by a.id")
	List<Assignment> findOpenOfPlan(@Param("planId") long planId);

	/** What the units have not signed for yet, oldest first. */
	@Query("select a from Assignment a where a.unitId in :unitIds and a.signedAt is null and a.withdrawnAt is null "
			+ "order by a.assignedAt, a.id")
	List<Assignment> findOpenOfUnits(@Param("unitIds") Collection<Long> unitIds);

	/** A plan's assignments left unsigned since before the moment, oldest first. */
	@Query("select a from Assignment a where a.planId = :planId and a.signedAt is null and a.withdrawnAt is null "
			+ "and a.assignedAt < :before order by a.assignedAt, a.id")
	List<Assignment> findUnsignedSince(@Param("planId") long planId, @Param("before") Instant before);

	@Query("select count(a) from Assignment a where a.planId = :planId and a.signedAt is null "
			+ "and a.withdrawnAt is null and a.assignedAt < :before")
	long countUnsignedSince(@Param("planId") long planId, @Param("before") Instant before);

}
