package org.leagueplan.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox: one entry per key however often and however concurrently it is posted, the
 * unread count in the top bar, each person's entries their own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class InboxTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Inbox inbox;

	@Autowired
	private TestUsers users;

	@Autowired
	private ApplicationEvents events;

	@Test
	void theSameKeyPostedTwiceLeavesOneEntryAndOneDeliveryEvent() {
		TestUser staff = this.users.create(Role.STAFF, Set.of(), false);
		Notice notice = new Notice(staff.id(), NoticeKind.PRESSED, null, null, "请报送进度", "月底前", "twice:" + staff.id());

		assertThat(this.inbox.post(notice)).isTrue();
		assertThat(this.inbox.post(notice)).isFalse();

		assertThat(this.inbox.unread(staff.id())).isEqualTo(1);
		assertThat(this.events.stream(NoticePosted.class).filter((posted) -> posted.userId() == staff.id())).hasSize(1);
	}

	@Test
	void twentyInstancesPostingOneNoticeAtOnceLeaveOneEntry() throws Exception {
		TestUser staff = this.users.create(Role.STAFF, Set.of(), false);
		Notice notice = new Notice(staff.id(), NoticeKind.REPORT_OVERDUE, null, null, "逾期", null,
				"burst:" + staff.id());
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> posts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			posts.add(pool.submit(() -> {
				start.await();
				return this.inbox.post(notice);
			}));
		}
		start.countDown();
		int made = 0;
		for (Future<Boolean> post : posts) {
			made += post.get(30, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();

		assertThat(made).isEqualTo(1);
		assertThat(this.inbox.entries(staff.id(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
	}

	@Test
	void theTopBarCountsUnreadAndOpeningAnEntryReadsItAndGoesToItsItem() throws Exception {
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		this.inbox
			.post(new Notice(leader.id(), NoticeKind.PRESSED, 1L, 4242L, "社区综合团委示范点", "请本周内报送", "open:" + leader.id()));
		long entryId = this.inbox.entries(leader.id(), PageRequest.of(0, 1)).getContent().get(0).getId();

		this.mvc.perform(get("/inbox").with(user(this.users.principal(leader))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"inbox-unread\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("社区综合团委示范点")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请本周内报送")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("催办")));

		this.mvc.perform(post("/inbox/{id}/open", entryId).with(user(this.users.principal(leader))).with(csrf()))
			.andExpect(redirectedUrl("/items/4242"));
		assertThat(this.inbox.unread(leader.id())).isZero();
		this.mvc.perform(get("/inbox").with(user(this.users.principal(leader))))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"inbox-unread\""))));
	}

	@Test
	void anotherPersonsEntryIsNotFoundAndStaysUnread() throws Exception {
		TestUser owner = this.users.create(Role.STAFF, Set.of(), false);
		TestUser other = this.users.create(Role.STAFF, Set.of(), false);
		this.inbox.post(new Notice(owner.id(), NoticeKind.SIGN_FOR, null, null, "签收", null, "own:" + owner.id()));
		long entryId = this.inbox.entries(owner.id(), PageRequest.of(0, 1)).getContent().get(0).getId();

		this.mvc.perform(post("/inbox/{id}/open", entryId).with(user(this.users.principal(other))).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/inbox/read-all").with(user(this.users.principal(other))).with(csrf()))
			.andExpect(redirectedUrl("/inbox"));

		assertThat(this.inbox.unread(owner.id())).isEqualTo(1);
	}

	@Test
	void anonymousVisitorsAreSentToLogin() throws Exception {
		this.mvc.perform(get("/inbox")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/inbox/read-all").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aLongSubjectAndNoteAreCutNotRefused() {
		TestUser staff = this.users.create(Role.STAFF, Set.of(), false);
		this.inbox.post(new Notice(staff.id(), NoticeKind.BULLETIN, null, null, "标".repeat(400), "注".repeat(3000),
				"long:" + staff.id()));
		InboxEntry entry = this.inbox.entries(staff.id(), PageRequest.of(0, 1)).getContent().get(0);

		assertThat(entry.getSubject()).hasSize(InboxEntry.SUBJECT_LENGTH).endsWith("…");
		assertThat(entry.getNote()).hasSize(InboxEntry.NOTE_LENGTH).endsWith("…");
	}

}
