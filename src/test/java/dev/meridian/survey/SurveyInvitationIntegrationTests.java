package dev.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A solved ticket gets one invitation to rate it: solving it again after a reopen keeps the invitation while it is
 * open, and only a solve after it expired starts a new one with a new link. Answers publish {@link SatisfactionRated}.
 */
@RecordApplicationEvents
class SurveyInvitationIntegrationTests extends ApiTestSupport {

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void invitesTheCustomerWhenTheTicketIsSolvedAndReusesTheInvitationAfterAReopen() {
		String id = openTicket("Broken zipper " + unique()).get("id").asString();
		assertThat(invitations(id)).isZero();

		setStatus(id, "solved");
		await().atMost(Duration.ofSeconds(20)).until(() -> invitations(id) == 1);
		String token = surveys.invite(TicketId.parse(id)).token();
		assertThat(token).matches("[A-Za-z0-9_-]{24}");

		setStatus(id, "open");
		setStatus(id, "solved");
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> invitations(id) == 1);
		assertThat(surveys.invite(TicketId.parse(id)).token()).isEqualTo(token);
		assertThat(surveys.link(TicketId.parse(id))).isEqualTo("http://localhost:8080/survey/" + token);
	}

	@Test
	void aSolveAfterTheInvitationExpiredSendsANewLink() {
		String id = openTicket("Late parcel " + unique()).get("id").asString();
		String first = surveys.invite(TicketId.parse(id)).token();
		jdbc.update("update survey_invitation set expires_at = created_at - interval '1' day where token = ?", first);

		setStatus(id, "solved");
		await().atMost(Duration.ofSeconds(20)).until(() -> invitations(id) == 2);
		assertThat(surveys.invite(TicketId.parse(id)).token()).isNotEqualTo(first);
		assertThatThrownBy(() -> surveys.answer(first, 5, null)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "survey.expired");
	}

	@Test
	void answeringAndChangingTheAnswerPublishesSatisfactionRated() {
		String id = openTicket("Wrong size " + unique()).get("id").asString();
		SurveyInvitation invitation = surveys.invite(TicketId.parse(id));

		surveys.answer(invitation.token(), 2, "  Took three days  ");
		surveys.answer(invitation.token(), 4, "");

		assertThat(events.stream(SatisfactionRated.class).filter(e -> e.ticket().equals(invitation.ticket())))
			.extracting(SatisfactionRated::score, SatisfactionRated::previousScore)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, null), org.assertj.core.groups.Tuple.tuple(4, 2));
		Satisfaction latest = surveys.of(invitation.ticket()).orElseThrow();
		assertThat(latest.score()).isEqualTo(4);
		assertThat(latest.comment()).as("a blank comment is none").isNull();
		assertThat(surveys.latestOf(java.util.List.of(invitation.ticket()))).containsKey(invitation.ticket());
	}

	private void setStatus(String id, String status) {
		Response changed = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", status));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
	}

	private int invitations(String ticket) {
		return jdbc.queryForObject("select count(*) from survey_invitation where ticket_id = ?", Integer.class,
				Long.parseLong(ticket));
	}
}
