package org.leagueplan.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterFieldRepository extends JpaRepository<RegisterField, Long> {

	List<RegisterField> findByRegisterIdOrderByPositionAscIdAsc(long registerId);

	List<RegisterField> findByRegisterIdInOrderByPositionAscIdAsc(java.util.Collection<Long> registerIds);

}
