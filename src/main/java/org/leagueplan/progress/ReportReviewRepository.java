package org.leagueplan.progress;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportReviewRepository extends JpaRepository<ReportReview, Long> {

	List<ReportReview> findByReportIdInOrderByIdAsc(Collection<Long> reportIds);

}
