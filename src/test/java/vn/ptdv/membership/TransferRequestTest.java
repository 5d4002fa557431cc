package vn.ptdv.membership;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;

/**
 * A transfer to a cell outside the sender's scope is a request: commune A asks, nothing moves;
 * commune B (or the province above both) accepts — the member moves that day — or declines with a
 * reason; A may withdraw it while it waits; anybody else gets the 404 of a missing request.
 */
@IntegrationTest
class TransferRequestTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;

    Api api;
    Fixtures.Tree tree;
    String department;
    String communeA;
    String communeB;
    String agency;
    long member;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        communeA = fixtures.user(Role.COMMITTEE, tree.communeA());
        communeB = fixtures.user(Role.COMMITTEE, tree.communeB());
        agency = fixtures.user(Role.COMMITTEE, tree.agency());
        member = Json.id(api.post(department, "/api/v1/members", """
                {"person": {"fullName": "Trần Văn Chuyển %d", "birthDate": "1980-05-05", "gender": "MALE",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "admittedOn": "2010-01-01", "officialOn": "2011-01-01"}
                """.formatted(SEQUENCE.incrementAndGet(), tree.cellA1(), tree.cellA1()))
                .andExpect(status().isCreated()));
    }

    private ResultActions ask(String code) throws Exception {
        return api.post(communeA, "/api/v1/members/" + member + "/movements", """
                {"type": "TRANSFER", "date": "2026-10-01", "toOrganizationCode": "%s", "note": "Giấy giới thiệu số 12"}
                """.formatted(code));
    }

    private long asked() throws Exception {
        return Json.id(ask(tree.cellB1()).andExpect(status().isAccepted()));
    }

    private void stillIn(String cell) throws Exception {
        api.get(department, "/api/v1/members/" + member).andExpect(jsonPath("$.organizationCode").value(cell));
    }

    @Test
    void theReceivingCommuneAcceptsAndTheMemberMovesThatDay() throws Exception {
        long id = Json.id(ask(tree.cellB1()).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.requestedOn").value("2026-10-01"))
                .andExpect(jsonPath("$.toOrganizationName").doesNotExist()));
        stillIn(tree.cellA1());

        api.get(communeA, "/api/v1/transfer-requests?direction=outgoing")
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        api.get(communeB, "/api/v1/transfer-requests?direction=incoming")
                .andExpect(jsonPath("$[?(@.id == " + id + ")].toOrganizationName",
                        hasItem(containsString("Thôn Tây"))));
        api.get(communeB, "/api/v1/transfer-requests?direction=outgoing")
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        // The sender neither answers for the receiver, nor the receiver withdraws for the sender.
        api.post(communeA, "/api/v1/transfer-requests/" + id + "/accept", "{}").andExpect(status().isForbidden());
        api.post(communeB, "/api/v1/transfer-requests/" + id + "/withdraw", "{}").andExpect(status().isForbidden());

        api.post(communeB, "/api/v1/transfer-requests/" + id + "/accept", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.decidedOn").value(MutableClock.today().toString()));
        stillIn(tree.cellB1());
        api.get(department, "/api/v1/members/" + member)
                .andExpect(jsonPath("$.movements[?(@.type == 'TRANSFER')].date",
                        hasItem(MutableClock.today().toString())));
        // A second acceptance is a conflict, never a second move.
        api.post(communeB, "/api/v1/transfer-requests/" + id + "/accept", "{}").andExpect(status().isConflict());
        api.post(communeA, "/api/v1/transfer-requests/" + id + "/withdraw", "{}").andExpect(status().isConflict());
        // The sender still sees their request, answered, and still without the destination's name.
        api.get(communeA, "/api/v1/transfer-requests/" + id).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.requestedBy").value(communeA))
                .andExpect(content().string(allOf(not(containsString("Thôn Tây")), not(containsString(communeB)))));
        api.get(communeB, "/api/v1/transfer-requests/" + id).andExpect(jsonPath("$.decidedBy").value(communeB))
                .andExpect(content().string(not(containsString(communeA))));
    }

    @Test
    void aDeclineNeedsAReasonAndLeavesTheMemberWhereTheyWere() throws Exception {
        long id = asked();
        api.post(communeB, "/api/v1/transfer-requests/" + id + "/decline", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post(communeB, "/api/v1/transfer-requests/" + id + "/decline", "{\"reason\": \"   \"}")
                .andExpect(status().isBadRequest());
        api.get(communeB, "/api/v1/transfer-requests/" + id).andExpect(jsonPath("$.state").value("PENDING"));

        api.post(communeB, "/api/v1/transfer-requests/" + id + "/decline", "{\"reason\": \"Chưa đủ hồ sơ\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DECLINED"));
        api.get(communeA, "/api/v1/transfer-requests/" + id).andExpect(jsonPath("$.reason").value("Chưa đủ hồ sơ"));
        stillIn(tree.cellA1());
        api.post(communeB, "/api/v1/transfer-requests/" + id + "/accept", "{}").andExpect(status().isConflict());
        // Declined, it may be asked again.
        asked();
    }

    @Test
    void theSenderWithdrawsAPendingRequestAndMayNotAskTwiceMeanwhile() throws Exception {
        long id = asked();
        ask(tree.cellB2()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("toOrganizationCode"));
        api.post(communeA, "/api/v1/transfer-requests/" + id + "/withdraw", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"));
        api.post(communeB, "/api/v1/transfer-requests/" + id + "/accept", "{}").andExpect(status().isConflict());
        stillIn(tree.cellA1());
    }

    @Test
    void aThirdCommuneSeesNothingOfIt() throws Exception {
        long id = asked();
        api.get(agency, "/api/v1/transfer-requests/" + id).andExpect(status().isNotFound());
        api.get(agency, "/api/v1/transfer-requests/999999999").andExpect(status().isNotFound());
        for (String action : new String[] {"accept", "withdraw"}) {
            api.post(agency, "/api/v1/transfer-requests/" + id + "/" + action, "{}").andExpect(status().isNotFound());
        }
        api.post(agency, "/api/v1/transfer-requests/" + id + "/decline", "{\"reason\": \"x\"}")
                .andExpect(status().isNotFound());
        for (String direction : new String[] {"incoming", "outgoing"}) {
            api.get(agency, "/api/v1/transfer-requests?direction=" + direction)
                    .andExpect(jsonPath("$[*].id", not(hasItem((int) id))))
                    .andExpect(content().string(allOf(not(containsString("Chuyển")), not(containsString("Thôn Tây")))));
        }
        api.get(agency, "/api/v1/transfer-requests?direction=sideways").andExpect(status().isBadRequest());
    }

    @Test
    void theProvinceAboveBothAcceptsToo() throws Exception {
        long id = asked();
        api.post(department, "/api/v1/transfer-requests/" + id + "/accept", "{}").andExpect(status().isOk());
        stillIn(tree.cellB1());
    }

    @Test
    void aCodeThatNamesNoCellIsAskedAlikeAndCannotBeAccepted() throws Exception {
        // The sender is told the same for a code that exists nowhere: a request, nothing moved.
        long nowhere = Json.id(ask("KHONG-CO-MA-NAY").andExpect(status().isAccepted()));
        api.get(communeB, "/api/v1/transfer-requests/" + nowhere).andExpect(status().isNotFound());
        api.post(communeA, "/api/v1/transfer-requests/" + nowhere + "/withdraw", "{}").andExpect(status().isOk());
        // A committee (not a cell) of B: B sees it but its acceptance is refused under the field.
        long committee = Json.id(ask(tree.communeB()).andExpect(status().isAccepted()));
        api.post(communeB, "/api/v1/transfer-requests/" + committee + "/accept", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("toOrganizationCode"));
        api.get(communeB, "/api/v1/transfer-requests/" + committee).andExpect(jsonPath("$.state").value("PENDING"));
        stillIn(tree.cellA1());
    }
}
