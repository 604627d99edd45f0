package org.leagueplan.account;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Session attributes are written with an upsert: several requests of one session (tabs
 * opened together right after login) may each store the same new attribute, e.g. the
 * fresh CSRF token, and a plain insert would fail all but one of them with a duplicate
 * key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	private static final String POSTGRESQL_UPSERT = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

	private static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
		boolean postgres = isPostgres(dataSource);
		return repository -> repository.setCreateSessionAttributeQuery(postgres ? POSTGRESQL_UPSERT : H2_UPSERT);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database the sessions are stored in", ex);
		}
	}

}
