package org.leagueplan.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCalendarRepository extends JpaRepository<ReportCalendar, Long> {

}
