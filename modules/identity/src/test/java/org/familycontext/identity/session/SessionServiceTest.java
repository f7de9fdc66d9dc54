package org.familycontext.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.familycontext.identity.ActiveSession;
import org.familycontext.identity.Role;
import org.familycontext.identity.SessionTicket;
import org.familycontext.identity.SignedInUser;
import org.familycontext.identity.testing.InMemoryStores;
import org.familycontext.kernel.testing.MutableClock;
import org.familycontext.identity.testing.TestCouncils;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.SessionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private static final CouncilId LEEDS = new CouncilId("leeds");
    private static final CouncilId STOCKPORT = new CouncilId("stockport");
    private static final SessionPolicy POLICY = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(2));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final InMemoryStores.Sessions rows = new InMemoryStores.Sessions();
    private TestCouncils councils;
    private SessionService sessions;

    @BeforeEach
    void setUp() {
        councils = new TestCouncils()
                .with(TestCouncils.council("leeds", URI.create("https://idp.example/realms/leeds"), POLICY))
                .with(TestCouncils.council("stockport", URI.create("https://idp.example/realms/stockport"), POLICY));
        sessions = new SessionService(rows, councils, clock);
    }

    @Test
    void aSessionResumesWithItsUserAndCsrfToken() {
        SessionTicket ticket = open(LEEDS);

        ActiveSession session = sessions.resume(LEEDS, ticket.cookieValue()).orElseThrow();

        assertThat(session.user().subject()).isEqualTo("u-1");
        assertThat(session.user().roles()).containsExactly(Role.SOCIAL_WORKER);
        assertThat(session.csrfToken()).isEqualTo(ticket.csrfToken());
        assertThat(ticket.expiresAt()).isEqualTo(clock.instant().plus(POLICY.absolute()));
    }

    @Test
    void onlyAFingerprintOfTheSecretIsStored() {
        SessionTicket ticket = open(LEEDS);

        assertThat(rows.rows.keySet()).singleElement().isEqualTo(RandomTokens.fingerprint(ticket.cookieValue()))
                .isNotEqualTo(ticket.cookieValue());
        assertThat(rows.rows.values().iterator().next().toString()).doesNotContain(ticket.cookieValue());
    }

    @Test
    void aSessionIdleTooLongEnds() {
        SessionTicket ticket = open(LEEDS);
        clock.advance(POLICY.idle());

        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).isEmpty();
        assertThat(rows.rows).isEmpty();
    }

    @Test
    void activityKeepsASessionAliveUntilItsAbsoluteLimit() {
        SessionTicket ticket = open(LEEDS);
        for (int minutes = 20; minutes <= 100; minutes += 20) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.resume(LEEDS, ticket.cookieValue())).as("after %d minutes", minutes).isPresent();
        }
        clock.advance(Duration.ofMinutes(19));
        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).as("after 1 h 59 min").isPresent();
        clock.advance(Duration.ofMinutes(1));

        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).as("after 2 h, the absolute limit").isEmpty();
    }

    @Test
    void aShorterPolicyAppliesToSessionsAlreadyOpen() {
        SessionTicket ticket = open(LEEDS);
        councils.with(TestCouncils.council("leeds", URI.create("https://idp.example/realms/leeds"),
                new SessionPolicy(Duration.ofMinutes(10), Duration.ofHours(1))));
        clock.advance(Duration.ofMinutes(61));

        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).isEmpty();
    }

    @Test
    void aShorterIdleTimeOutAppliesAtOnce() {
        SessionTicket ticket = open(LEEDS);
        councils.with(TestCouncils.council("leeds", URI.create("https://idp.example/realms/leeds"),
                new SessionPolicy(Duration.ofMinutes(5), Duration.ofHours(2))));
        clock.advance(Duration.ofMinutes(6));

        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).isEmpty();
    }

    @Test
    void movingTheCouncilToAnotherProviderEndsItsSessions() {
        SessionTicket ticket = open(LEEDS);
        councils.with(TestCouncils.council("leeds", URI.create("https://other-idp.example/realms/leeds"), POLICY));

        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).isEmpty();
        assertThat(rows.rows).isEmpty();
    }

    @Test
    void rolesFollowTheMappingInForce() {
        SessionTicket ticket = open(LEEDS);
        URI issuer = URI.create("https://idp.example/realms/leeds");
        councils.with(TestCouncils.council("leeds", issuer, POLICY, Map.of("team-manager", Set.of("social-worker"))));
        assertThat(sessions.resume(LEEDS, ticket.cookieValue()).orElseThrow().user().roles()).containsExactly(Role.TEAM_MANAGER);

        councils.with(TestCouncils.council("leeds", issuer, POLICY, Map.of("auditor", Set.of("auditors"))));
        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).as("no role left: the session ends").isEmpty();
    }

    @Test
    void aSessionOfOneCouncilGivesNothingAtAnother() {
        SessionTicket leeds = open(LEEDS);

        assertThat(sessions.resume(STOCKPORT, leeds.cookieValue())).isEmpty();
        String relabelled = "stockport" + leeds.cookieValue().substring("leeds".length());
        assertThat(sessions.resume(STOCKPORT, relabelled)).isEmpty();
        assertThat(sessions.resume(LEEDS, leeds.cookieValue())).as("still valid where it belongs").isPresent();
    }

    @Test
    void aTamperedCookieGivesNothing() {
        SessionTicket ticket = open(LEEDS);

        assertThat(sessions.resume(LEEDS, ticket.cookieValue() + "x")).isEmpty();
        assertThat(sessions.resume(LEEDS, ticket.cookieValue().substring(0, ticket.cookieValue().length() - 1))).isEmpty();
        assertThat(sessions.resume(LEEDS, "")).isEmpty();
        assertThat(sessions.resume(LEEDS, "leeds.")).isEmpty();
    }

    @Test
    void aCouncilSwitchedOffHasNoSessions() {
        SessionTicket ticket = open(LEEDS);
        councils.without("leeds");

        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).isEmpty();
    }

    @Test
    void endingASessionReturnsItsIdTokenForTheProvidersLogout() {
        SessionTicket ticket = open(LEEDS);

        assertThat(sessions.close(LEEDS, ticket.cookieValue())).map(StoredSession::idToken).contains(Optional.of("id-token"));
        assertThat(sessions.resume(LEEDS, ticket.cookieValue())).isEmpty();
        assertThat(sessions.close(LEEDS, ticket.cookieValue())).isEmpty();
    }

    private SessionTicket open(CouncilId council) {
        return sessions.open(new SignedInUser(council, "u-1", "Sam", Set.of(Role.SOCIAL_WORKER), clock.instant(),
                SignedInUser.Via.SESSION), Set.of("social-worker", "offline_access"), Optional.of("id-token"));
    }
}
