package org.leagueplan.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EntryStepRepository extends JpaRepository<EntryStep, Long> {

	List<EntryStep> findByEntryIdOrderByIdAsc(long entryId);

}
