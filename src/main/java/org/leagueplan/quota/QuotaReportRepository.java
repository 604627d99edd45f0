package org.leagueplan.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuotaReportRepository extends JpaRepository<QuotaReport, Long> {

	/**
	 * The reports on the given quotas as of the day or earlier, made before
	 * {@code madeBefore}, in the order made.
	 */
	@Query("""
			select r from QuotaReport r where r.quotaId in :quotas and r.asOf <= :day and r.reportedAt < :madeBefore
			order by r.id""")
	List<QuotaReport> findOn(@Param("quotas") Collection<Long> quotaIds, @Param("day") LocalDate day,
			@Param("madeBefore") Instant madeBefore);

	/**
	 * The reports made before {@code madeBefore} on the given quotas, in the order made.
	 */
	@Query("select r from QuotaReport r where r.quotaId in :quotas and r.reportedAt < :madeBefore order by r.id")
	List<QuotaReport> findMadeBefore(@Param("quotas") Collection<Long> quotaIds,
			@Param("madeBefore") Instant madeBefore);

	List<QuotaReport> findByQuotaIdOrderByIdDesc(long quotaId);

}
