package org.leagueplan.supervision;

import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Adds an assignment unless the item is assigned to the unit in that role already
 * (signed, open or withdrawn), in one statement inside the caller's transaction. On
 * PostgreSQL {@code on conflict do nothing} makes it atomic: two listeners assigning the
 * same item at once leave one row and neither fails. Embedded H2 (the single-instance
 * demo) has no such clause; there the row is inserted only where none is (as
 * {@link InboxInserts} does).
 */
@Component
class AssignmentInserts {

	private static final String COLUMNS = "insert into assignment (version, plan_id, item_id, unit_id, unit_role, assigned_at) ";

	private static final String POSTGRESQL = COLUMNS
			+ "values (0, :planId, :itemId, :unitId, :role, :at) on conflict (item_id, unit_id, unit_role) do nothing";

	private static final String PORTABLE = COLUMNS + "select 0, :planId, :itemId, :unitId, :role, :at "
			+ "where not exists (select 1 from assignment where item_id = :itemId and unit_id = :unitId "
			+ "and unit_role = :role)";

	private final NamedParameterJdbcTemplate jdbc;

	private final String insert;

	AssignmentInserts(DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, (meta) -> meta.getDatabaseProductName());
		this.insert = "PostgreSQL".equalsIgnoreCase(product) ? POSTGRESQL : PORTABLE;
	}

	/** 1 if the assignment was added, 0 if it was there. */
	int insertIfAbsent(long planId, long itemId, long unitId, UnitRole role, Instant at) {
		return this.jdbc.update(this.insert,
				new MapSqlParameterSource().addValue("planId", planId)
					.addValue("itemId", itemId)
					.addValue("unitId", unitId)
					.addValue("role", role.name())
					.addValue("at", Timestamp.from(at)));
	}

}
