package org.leagueplan.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.TargetProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Register count = target value, as a property over random entry histories (seeded, so a
 * failure names the seed that reproduces it): through a year, entries are made with
 * random dates (some on one day for a much earlier date), accepted, returned, revised and
 * resubmitted (with a new date), withdrawn. While the history runs, the target's value
 * today is the number of entries accepted so far; once it is over, for the year's first
 * and last day and random days between, {@code PlanJudge.judge(plan, day)} gives the
 * target the number of accepted entries dated that day or earlier, and the units' values
 * add up to it.
 */
@SpringBootTest
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class RegisterCountPropertyTests {

	static final int YEAR = 2025;

	/** Histories tried; {@code -Dregister.seeds=100} tries more. */
	static final int SEEDS = Integer.getInteger("register.seeds", 4);

	static final int STEPS = 60;

	static final int DAYS = 12;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestClock clock;

	@Autowired
	private Registers registers;

	@Autowired
	private RegisterEntryRepository entries;

	@Autowired
	private PlanJudge judge;

	@Autowired
	private ProgressQueries progress;

	@Autowired
	private JdbcClient jdbc;

	private long unitId;

	@AfterEach
	void reset() {
		this.clock.reset();
		SecurityContextHolder.clearContext();
	}

	private void as(UserDetails person) {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
	}

	/** An entry as the test knows it: its state and date. */
	static final class Known {

		EntryState state = EntryState.PENDING;

		LocalDate date;

		Known(LocalDate date) {
			this.date = date;
		}

	}

	@Test
	void theTargetsValueOnEveryDayIsTheNumberOfAcceptedEntriesDatedByThen() {
		for (int seed = 1; seed <= SEEDS; seed++) {
			Random random = new Random(seed);
			this.clock.setTo(LocalDate.of(YEAR, 1, 1), LocalTime.of(9, 0));
			PlanRef plan = this.plans.create(1, 1, 1);
			ItemRef item = this.plans.firstItem(plan);
			this.unitId = item.leadUnitId();
			TargetRef target = this.plans.targets(item).get(0);
			boolean reviewOn = seed % 4 != 0;
			if (reviewOn) {
				this.jdbc.sql("insert into plan_review_setting (plan_id, enabled, version) values (?, true, 0)")
					.param(plan.id())
					.update();
			}
			UserDetails admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
			UserDetails staff = this.users.principal(this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false));
			as(admin);
			long registerId = this.registers.setUp(target.id(), null).registerId();
			Map<Long, Known> known = new HashMap<>();
			LocalDate today = LocalDate.of(YEAR, 1, 1);
			for (int step = 0; step < STEPS; step++) {
				String context = "seed " + seed + ", step " + step;
				today = today.plusDays(random.nextInt(12));
				if (today.getYear() != YEAR) {
					today = LocalDate.of(YEAR, 12, 31);
				}
				// time runs forward: a step on the same day comes later than the one
				// before
				java.time.Instant before = this.clock.instant();
				this.clock.setTo(today, LocalTime.of(8 + random.nextInt(12), random.nextInt(60)));
				if (!this.clock.instant().isAfter(before)) {
					this.clock.setTo(before.plusSeconds(60));
					today = this.clock.today();
				}
				act(random, registerId, known, today, staff, admin, context);
				assertThat(valueOn(plan.id(), target.id(), today)).as(context).isEqualTo(expected(known, today));
			}
			this.clock.setTo(LocalDate.of(YEAR, 12, 31), LocalTime.of(23, 0));
			List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)));
			for (int i = 0; i < DAYS; i++) {
				days.add(LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365)));
			}
			for (LocalDate day : days) {
				String context = "seed " + seed + ", day " + day;
				long expected = expected(known, day);
				assertThat(valueOn(plan.id(), target.id(), day)).as(context).isEqualTo(expected);
				assertThat(this.progress.latestOfTargetOn(target.id(), day).value()).as(context)
					.isEqualByComparingTo(BigDecimal.valueOf(expected));
				BigDecimal byUnit = this.progress.unitValuesOfPlanOn(plan.id(), day)
					.getOrDefault(target.id(), Map.of())
					.values()
					.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(byUnit).as(context).isEqualByComparingTo(BigDecimal.valueOf(expected));
			}
			assertThat(this.jdbc
				.sql("select distinct s.action from register_entry_step s join register_entry e "
						+ "on e.id = s.entry_id where e.register_id = ?")
				.param(registerId)
				.query(String.class)
				.list()).as("seed " + seed + " steps")
				.contains(reviewOn ? EntryStep.RETURNED : EntryStep.ACCEPTED, EntryStep.WITHDRAWN);
			assertThat(known.values().stream().map(k -> k.state).distinct()).as("seed " + seed + " states")
				.contains(EntryState.ACCEPTED);
		}
	}

	private void act(Random random, long registerId, Map<Long, Known> known, LocalDate today, UserDetails staff,
			UserDetails admin, String context) {
		int choice = random.nextInt(10);
		List<Long> pending = having(known, EntryState.PENDING);
		List<Long> returned = having(known, EntryState.RETURNED);
		List<Long> accepted = having(known, EntryState.ACCEPTED);
		if (choice >= 4 && choice < 6 && !pending.isEmpty()) {
			long id = pick(random, pending);
			as(admin);
			assertThat(this.registers.accept(id, version(id))).as(context).isEqualTo(Registers.Outcome.DONE);
			known.get(id).state = EntryState.ACCEPTED;
		}
		else if (choice == 6 && !pending.isEmpty()) {
			long id = pick(random, pending);
			as(admin);
			assertThat(this.registers.returnEntry(id, version(id), "请补充材料")).as(context)
				.isEqualTo(Registers.Outcome.DONE);
			known.get(id).state = EntryState.RETURNED;
		}
		else if ((choice == 7 || choice == 8) && !returned.isEmpty()) {
			long id = pick(random, returned);
			LocalDate date = today.minusDays(random.nextInt(30));
			if (date.getYear() != YEAR) {
				date = LocalDate.of(YEAR, 1, 1);
			}
			as(staff);
			EntryForm form = form("修改" + id, date);
			form.setVersion(version(id));
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "entryForm");
			assertThat(this.registers.update(id, form, errors)).as(context + " " + errors)
				.isEqualTo(Registers.Outcome.DONE);
			known.get(id).date = date;
			known.get(id).state = this.entries.findById(id).orElseThrow().getState();
		}
		else if (choice == 9 && !accepted.isEmpty()) {
			long id = pick(random, accepted);
			as(admin);
			assertThat(this.registers.withdraw(id, version(id), "重复登记")).as(context).isEqualTo(Registers.Outcome.DONE);
			known.get(id).state = EntryState.WITHDRAWN;
		}
		else {
			// some made today for a date weeks or months before
			LocalDate date = today.minusDays(random.nextInt(random.nextBoolean() ? 3 : 120));
			if (date.getYear() != YEAR) {
				date = LocalDate.of(YEAR, 1, 1);
			}
			as(staff);
			EntryForm form = form("条目" + known.size(), date);
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "entryForm");
			long id = this.registers.create(registerId, form, errors).orElseThrow(() -> new AssertionError(errors));
			known.put(id, new Known(date));
			known.get(id).state = this.entries.findById(id).orElseThrow().getState();
		}
	}

	private EntryForm form(String name, LocalDate date) {
		EntryForm form = new EntryForm();
		form.setUnitId(this.unitId);
		form.setName(name);
		form.setEntryDate(date);
		form.setPlace("某社区");
		return form;
	}

	private long version(long entryId) {
		return this.entries.findById(entryId).orElseThrow().getVersion();
	}

	private static List<Long> having(Map<Long, Known> known, EntryState state) {
		return known.entrySet()
			.stream()
			.filter(e -> e.getValue().state == state)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	private static long pick(Random random, List<Long> ids) {
		return ids.get(random.nextInt(ids.size()));
	}

	private static long expected(Map<Long, Known> known, LocalDate day) {
		return known.values().stream().filter(k -> k.state == EntryState.ACCEPTED && !k.date.isAfter(day)).count();
	}

	private long valueOn(long planId, long targetId, LocalDate day) {
		TargetProgress value = this.judge.judge(planId, day).latest().get(targetId);
		assertThat(value).isNotNull();
		return value.value().longValueExact();
	}

}
