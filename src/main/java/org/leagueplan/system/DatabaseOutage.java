package org.leagueplan.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unreachable, every request answers within the connection timeout
 * (2 s) with a plain 503 page in Chinese and English — never a stack trace, never a hung
 * thread. No page template is used, since rendering one may itself need the database (the
 * session lives there). When the database returns, requests work again without a restart:
 * the connection pool reconnects by itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutage extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	/**
	 * What the connection pool says when a connection broke under a transaction (a
	 * rollback then fails with it).
	 */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	static final String PAGE = """
			<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>服务暂不可用 Service unavailable</title></head>
			<body><h1>服务暂不可用</h1><p>数据库暂时无法连接，请稍后再试。您的操作未保存。</p>
			<h2>Service unavailable</h2><p>The database cannot be reached right now. Please try again shortly; nothing was saved.</p>
			</body></html>""";

	/** Also the error page's own dispatch: rendering it may need the database too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!isDatabaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable, answered 503 for {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "10");
			QuietErrorReportValve.headers(response);
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * Whether the failure is a lost or refused database connection, looking through
	 * causes and through a failed rollback to the failure that caused it.
	 */
	static boolean isDatabaseUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& isDatabaseUnreachable(rollback.getApplicationException())) {
				return true;
			}
			if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
					|| CLOSED_CONNECTION.equals(sql.getMessage()))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
