package org.leagueplan.system;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status, duration, user and a request id. The id
 * comes from the reverse proxy's {@code X-Request-Id} when it is a plain token, else it
 * is made here; it is in the MDC for every line the request logs and goes back in the
 * response header. With {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} the lines are JSON.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Logger log = LoggerFactory.getLogger("leagueplan.request");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = (incoming != null && incoming.matches("[A-Za-z0-9._-]{1,64}")) ? incoming
				: UUID.randomUUID().toString();
		long start = System.nanoTime();
		MDC.put("requestId", id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - start) / 1_000_000;
			Object user = request.getAttribute(RequestUser.ATTRIBUTE);
			MDC.put("user", (user != null) ? user.toString() : "-");
			log.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI().replaceAll("[\\p{Cntrl}]", "_"),
					response.getStatus(), millis);
			MDC.remove("user");
			MDC.remove("requestId");
		}
	}

}
