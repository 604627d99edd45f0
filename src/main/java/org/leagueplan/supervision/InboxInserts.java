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
 * Writes an inbox row unless its key is there, in one statement and inside the caller's
 * transaction. On PostgreSQL {@code on conflict do nothing} makes that atomic: two app
 * instances posting the same notice at once leave one row and neither fails. Embedded H2
 * (the single-instance demo) has no such clause; there the row is inserted only where no
 * row holds the key.
 */
@Component
class InboxInserts {

	private static final String COLUMNS = "insert into inbox_entry (user_id, kind, plan_id, item_id, bulletin_id, subject, note, dedupe_key, created_at) ";

	private static final String POSTGRESQL = COLUMNS
			+ "values (:userId, :kind, :planId, :itemId, :bulletinId, :subject, :note, :key, :createdAt) on conflict (dedupe_key) do nothing";

	private static final String PORTABLE = COLUMNS
			+ "select :userId, :kind, :planId, :itemId, :bulletinId, :subject, :note, :key, :createdAt "
			+ "where not exists (select 1 from inbox_entry where dedupe_key = :key)";

	private final NamedParameterJdbcTemplate jdbc;

	private final String insert;

	InboxInserts(DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, (meta) -> meta.getDatabaseProductName());
		this.insert = "PostgreSQL".equalsIgnoreCase(product) ? POSTGRESQL : PORTABLE;
	}

	/** 1 if the row was written, 0 if one with the key was there. */
	int insertIfAbsent(Notice notice, String subject, String note, Instant createdAt) {
		return this.jdbc.update(this.insert,
				new MapSqlParameterSource().addValue("userId", notice.userId())
					.addValue("kind", notice.kind().name())
					.addValue("planId", notice.planId())
					.addValue("itemId", notice.itemId())
					.addValue("bulletinId", notice.bulletinId())
					.addValue("subject", subject)
					.addValue("note", note)
					.addValue("key", notice.key())
					.addValue("createdAt", Timestamp.from(createdAt)));
	}

}
