package org.leagueplan.importing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who runs which background save. A save is held by one run of one instance
 * ({@code leagueplan.instance-name}, else {@code host:port}) and renewed every
 * {@link #RENEW_EVERY} while it runs. A save is <em>interrupted</em> — shown as failed
 * and started again by the next press of "save" — when this run is not running it
 * although it holds it, when an earlier run of this instance held it (the instance was
 * restarted: marked so at start-up), or when another instance's lease has not been
 * renewed for {@link #LEASE}. A save another instance is running is left alone.
 */
@Component
class ImportSaveLease {

	/** How often a running save renews its lease. */
	static final Duration RENEW_EVERY = Duration.ofSeconds(10);

	/** A lease not renewed for this long belongs to an instance that stopped. */
	static final Duration LEASE = Duration.ofSeconds(60);

	static final String INTERRUPTED = "import.save.interrupted";

	private static final Logger log = LoggerFactory.getLogger(ImportSaveLease.class);

	private final PlanImportRepository imports;

	private final Environment environment;

	private final Clock clock;

	private final String run = UUID.randomUUID().toString();

	/**
	 * The saves this run holds: {@code false} while a press's save waits for its
	 * listener, {@code true} once saving.
	 */
	private final Map<Long, Boolean> running = new ConcurrentHashMap<>();

	ImportSaveLease(PlanImportRepository imports, Environment environment, Clock clock) {
		this.imports = imports;
		this.environment = environment;
		this.clock = clock;
	}

	/** This instance's name: configured, else {@code host:port}. */
	String instance() {
		String configured = this.environment.getProperty("leagueplan.instance-name", "");
		if (!configured.isBlank()) {
			return configured;
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return host() + ":" + port;
	}

	/** This run of the instance. */
	String run() {
		return this.run;
	}

	/** Whether the import is saving, but by nobody any more. */
	boolean isInterrupted(PlanImport found) {
		if (found.getState() != PlanImport.State.SAVING) {
			return false;
		}
		if (this.run.equals(found.getSaveRun())) {
			return !this.running.containsKey(found.getId());
		}
		if (found.getSaveRun() == null || instance().equals(found.getSaveInstance())) {
			return true;
		}
		Instant heard = found.getSaveHeartbeatAt();
		return heard == null || heard.isBefore(this.clock.instant().minus(LEASE));
	}

	/** Marks the save as running here; {@code false} when it already is. */
	boolean begin(long importId) {
		return this.running.putIfAbsent(importId, false) == null;
	}

	/**
	 * The listener of a press's save takes it over from the press that began it;
	 * {@code false} when nobody here began it or another listener took it first (a
	 * publication delivered twice).
	 */
	boolean handOver(long importId) {
		return this.running.replace(importId, false, true);
	}

	void end(long importId) {
		this.running.remove(importId);
	}

	/** Renews the leases of the saves running here. */
	@Scheduled(fixedDelayString = "${leagueplan.import.lease-renewal:PT10S}")
	void renew() {
		List<Long> ids = List.copyOf(this.running.keySet());
		if (!ids.isEmpty()) {
			this.imports.renew(ids, this.run, this.clock.instant());
		}
	}

	/**
	 * At start-up: the saves an earlier run of this instance left behind stopped with it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void interruptEarlierRuns() {
		int interrupted = this.imports.interruptEarlierRuns(instance(), this.run, INTERRUPTED);
		if (interrupted > 0) {
			log.warn("{} import saves were interrupted when {} stopped; they can be saved again", interrupted,
					instance());
		}
	}

	private static String host() {
		String fromEnvironment = System.getenv("HOSTNAME");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return fromEnvironment;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
