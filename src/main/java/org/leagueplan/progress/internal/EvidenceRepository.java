package org.leagueplan.progress.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByReportIdInOrderByIdAsc(Collection<Long> reportIds);

	List<Evidence> findByItemUpdateIdInOrderByIdAsc(Collection<Long> itemUpdateIds);

}
