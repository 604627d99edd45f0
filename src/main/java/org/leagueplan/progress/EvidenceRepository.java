package org.leagueplan.progress;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByReportIdInOrderByIdAsc(Collection<Long> reportIds);

	List<Evidence> findByItemUpdateIdInOrderByIdAsc(Collection<Long> itemUpdateIds);

	List<Evidence> findByClosingStepIdInOrderByIdAsc(Collection<Long> closingStepIds);

	List<Evidence> findByRegisterEntryIdInOrderByIdAsc(Collection<Long> registerEntryIds);

	/**
	 * The evidence of every report and item update of a plan, in the order given (one
	 * query).
	 */
	@Query("select e from Evidence e where e.reportId in (select r.id from ProgressReport r where r.planId = :planId) "
			+ "or e.itemUpdateId in (select u.id from ItemUpdate u where u.planId = :planId) order by e.id")
	List<Evidence> findByPlanId(@Param("planId") long planId);

}
