package org.leagueplan.supervision;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.UnitDirectory;
import org.leagueplan.account.UnitRef;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.BadRequestPage;
import org.leagueplan.system.CommitteeTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulletins (情况通报): the office issues a plan's report of a period from the report page;
 * everyone with a role sees the plan's bulletins and, for each, who has read it.
 */
@Controller
@BadRequestPage
class BulletinController {

	static final String VIEW_LIST = "supervision/bulletins";

	static final String VIEW_BULLETIN = "supervision/bulletin";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Bulletins bulletins;

	private final PlanQueries plans;

	private final UserDirectory users;

	private final UnitDirectory units;

	private final CommitteeTime time;

	BulletinController(Bulletins bulletins, PlanQueries plans, UserDirectory users, UnitDirectory units,
			CommitteeTime time) {
		this.bulletins = bulletins;
		this.plans = plans;
		this.users = users;
		this.units = units;
		this.time = time;
	}

	/** A bulletin in the list: when it went out and how many have read it. */
	record BulletinLine(long id, String period, String subject, String issued, int recipients, long read) {
	}

	/**
	 * One reader of a bulletin: their units, name, and when they read it (or not yet).
	 */
	record ReaderLine(String units, String name, String readAt) {
	}

	@PostMapping("/plans/{planId}/bulletins")
	String issue(@PathVariable long planId, @RequestParam(required = false) String period,
			RedirectAttributes redirect) {
		CurrentUser me = this.users.current().orElseThrow(() -> new AccessDeniedException("no account"));
		try {
			Bulletin bulletin = this.bulletins.issue(planId, period, me.id());
			redirect.addFlashAttribute("message", "bulletin.issued.message");
			return "redirect:/bulletins/" + bulletin.getId();
		}
		catch (AlreadyIssued ex) {
			redirect.addFlashAttribute("failure", "bulletin.alreadyIssued");
			return "redirect:/bulletins/" + ex.bulletinId();
		}
		catch (DataIntegrityViolationException ex) {
			// issued by someone else a moment ago: the unique (plan, period) refused this
			// one
			Bulletin earlier = this.bulletins.issued(planId, period).orElseThrow(() -> ex);
			redirect.addFlashAttribute("failure", "bulletin.alreadyIssued");
			return "redirect:/bulletins/" + earlier.getId();
		}
	}

	@GetMapping("/plans/{planId}/bulletins")
	String showBulletins(@PathVariable long planId, Model model) {
		Map<Long, Long> read = this.bulletins.readCounts(planId);
		List<BulletinLine> lines = this.bulletins.ofPlan(planId)
			.stream()
			.map((bulletin) -> new BulletinLine(bulletin.getId(), bulletin.getPeriod(), bulletin.getSubject(),
					issued(bulletin), bulletin.getRecipients(), read.getOrDefault(bulletin.getId(), 0L)))
			.toList();
		model.addAttribute("plan", this.plans.planData(planId).plan());
		model.addAttribute("bulletins", lines);
		model.addAttribute("zone", this.time.zone().getId());
		return VIEW_LIST;
	}

	@GetMapping("/bulletins/{bulletinId}")
	String showBulletin(@PathVariable long bulletinId, Model model) {
		Bulletin bulletin = this.bulletins.bulletin(bulletinId);
		Map<Long, String> unitNames = this.units.allUnits()
			.stream()
			.collect(Collectors.toMap(UnitRef::id, UnitRef::name, (a, b) -> a));
		Map<Long, Set<Long>> unitsOf = this.users.unitIdsByUser();
		List<ReaderLine> readers = this.bulletins.readers(bulletin)
			.stream()
			.map((reader) -> new ReaderLine(
					unitsOf.getOrDefault(reader.person().id(), Set.of())
						.stream()
						.map(unitNames::get)
						.filter((name) -> name != null)
						.sorted()
						.collect(Collectors.joining("、")),
					reader.person().displayName(),
					(reader.entry().getReadAt() != null) ? TIME.format(this.time.local(reader.entry().getReadAt()))
							: null))
			.sorted(Comparator.comparing(ReaderLine::units, Comparator.comparing(String::isEmpty))
				.thenComparing(ReaderLine::units)
				.thenComparing(ReaderLine::name))
			.toList();
		model.addAttribute("bulletin",
				new BulletinLine(bulletin.getId(), bulletin.getPeriod(), bulletin.getSubject(), issued(bulletin),
						bulletin.getRecipients(),
						readers.stream().filter((reader) -> reader.readAt() != null).count()));
		model.addAttribute("planId", bulletin.getPlanId());
		model.addAttribute("readers", readers);
		model.addAttribute("zone", this.time.zone().getId());
		return VIEW_BULLETIN;
	}

	private String issued(Bulletin bulletin) {
		return TIME.format(this.time.local(bulletin.getIssuedAt()));
	}

}
