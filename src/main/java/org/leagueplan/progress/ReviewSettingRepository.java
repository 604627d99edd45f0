package org.leagueplan.progress;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSettingRepository extends JpaRepository<ReviewSetting, Long> {

}
