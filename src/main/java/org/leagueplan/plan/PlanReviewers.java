package org.leagueplan.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The STAFF given the reviewer right on a plan (table {@code plan_reviewer}): they
 * approve or return the plan's progress reports when its review is on. Read by
 * {@link PlanPermissions#mayReview}; changed by ADMIN on the plan's reviewers page.
 */
@Component
class PlanReviewers {

	private final JdbcClient jdbc;

	PlanReviewers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	boolean isReviewer(long planId, long userId) {
		return this.jdbc.sql("select count(*) from plan_reviewer where plan_id = ? and user_id = ?")
			.params(planId, userId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	List<Long> reviewersOf(long planId) {
		return this.jdbc.sql("select user_id from plan_reviewer where plan_id = ? order by user_id")
			.param(planId)
			.query(Long.class)
			.list();
	}

	/**
	 * The named reviewers of each of the plans (a plan with none is left out), in one
	 * query.
	 */
	@Transactional(readOnly = true)
	Map<Long, List<Long>> reviewersOf(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Long>> reviewers = new HashMap<>();
		this.jdbc.sql("select plan_id, user_id from plan_reviewer where plan_id in (:plans) order by plan_id, user_id")
			.param("plans", planIds)
			.query((row, number) -> Map.entry(row.getLong(1), row.getLong(2)))
			.list()
			.forEach(pair -> reviewers.computeIfAbsent(pair.getKey(), id -> new ArrayList<>()).add(pair.getValue()));
		return reviewers;
	}

	/** Adds the reviewer; answers whether they were not one already. */
	@Transactional
	boolean add(long planId, long userId) {
		return this.jdbc.sql("insert into plan_reviewer (plan_id, user_id) values (?, ?) on conflict do nothing")
			.params(planId, userId)
			.update() > 0;
	}

	/** Removes the reviewer; answers whether they were one. */
	@Transactional
	boolean remove(long planId, long userId) {
		return this.jdbc.sql("delete from plan_reviewer where plan_id = ? and user_id = ?")
			.params(planId, userId)
			.update() > 0;
	}

}
