package vn.ptdv.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/** Who may see and answer a transfer request, and that a request is answered once. */
class TransferRequestsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long FROM = 10;
    private static final long TO = 20;
    private static final OrganizationRef DESTINATION = new OrganizationRef(TO, "AP-TT", "Chi bộ Thôn Tây",
            OrganizationType.CELL, CellKind.RESIDENTIAL, null);

    private final TransferRequestStore store = mock(TransferRequestStore.class);
    private final MemberService members = mock(MemberService.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final TransferRequests transfers = new TransferRequests(store, members, organizations, scope,
            mock(AuditLog.class), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static TransferRequestRow request(TransferState state, Long to) {
        return new TransferRequestRow(5, 42, "Trần Văn An", LocalDate.of(1980, 1, 1), FROM, "HB-KP01",
                "Chi bộ Khu phố 1", "AP-TT", to, to == null ? null : DESTINATION.name(), TODAY.minusDays(2), null,
                state, "hoabinh", null, null, null);
    }

    private void as(Role role, long... visible) {
        when(scope.user()).thenReturn(new CurrentUser(1, "nguoidung", "Người Dùng", role, 1L));
        when(scope.today()).thenReturn(TODAY);
        for (long id : visible) {
            when(scope.canSee(id)).thenReturn(true);
        }
    }

    private void stored(TransferRequestRow row) {
        when(store.findById(5)).thenReturn(Optional.of(row));
        when(store.decide(eq(5L), any(), any(), any(), any(), anyString())).thenReturn(true);
        when(organizations.findById(TO)).thenReturn(Optional.of(DESTINATION));
    }

    @Test
    void theSenderSeesTheCodeButNotTheNameOfTheDestination() {
        as(Role.COMMITTEE, FROM);
        stored(request(TransferState.PENDING, TO));
        TransferRequests.Seen seen = transfers.requireVisible(5);
        assertThat(seen.destinationName()).isNull();
        assertThat(seen.request().toCode()).isEqualTo("AP-TT");
        assertThat(seen.mayWithdraw()).isTrue();
        assertThat(seen.mayAnswer()).isFalse();
    }

    @Test
    void theReceiverSeesTheNameAndMayAnswer() {
        as(Role.COMMITTEE, TO);
        stored(request(TransferState.PENDING, TO));
        TransferRequests.Seen seen = transfers.requireVisible(5);
        assertThat(seen.destinationName()).isEqualTo("Chi bộ Thôn Tây");
        assertThat(seen.mayAnswer()).isTrue();
        assertThat(seen.mayWithdraw()).isFalse();
    }

    @Test
    void anybodyElseIsAnsweredNotFoundAsForAMissingRequest() {
        as(Role.COMMITTEE);
        stored(request(TransferState.PENDING, TO));
        assertThatThrownBy(() -> transfers.requireVisible(5)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> transfers.requireVisible(6)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> transfers.answer(new AnswerTransfer(5, TransferState.ACCEPTED, null)))
                .isInstanceOf(NotFoundException.class);
        verifyNoInteractions(members);
    }

    @Test
    void aCodeThatNamedNothingHasNoReceivingSide() {
        as(Role.COMMITTEE, TO);
        stored(request(TransferState.PENDING, null));
        assertThatThrownBy(() -> transfers.requireVisible(5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSenderMayNotAcceptNorTheReceiverWithdraw() {
        as(Role.COMMITTEE, FROM);
        stored(request(TransferState.PENDING, TO));
        assertThatThrownBy(() -> transfers.answer(new AnswerTransfer(5, TransferState.ACCEPTED, null)))
                .isInstanceOf(ForbiddenException.class);
        as(Role.COMMITTEE, TO);
        when(scope.canSee(FROM)).thenReturn(false);
        assertThatThrownBy(() -> transfers.answer(new AnswerTransfer(5, TransferState.WITHDRAWN, null)))
                .isInstanceOf(ForbiddenException.class);
        verify(store, never()).decide(anyLong(), any(), any(), any(), any(), anyString());
    }

    @Test
    void aViewerOfBothSidesAnswersNothing() {
        as(Role.VIEWER, FROM, TO);
        stored(request(TransferState.PENDING, TO));
        assertThatThrownBy(() -> transfers.answer(new AnswerTransfer(5, TransferState.ACCEPTED, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAcceptanceMovesTheMemberToTheDestinationOnce() {
        as(Role.COMMITTEE, TO);
        stored(request(TransferState.PENDING, TO));
        transfers.answer(new AnswerTransfer(5, TransferState.ACCEPTED, null));
        verify(store).decide(eq(5L), eq(TransferState.ACCEPTED), eq(TODAY), any(), any(), eq("nguoidung"));
        verify(members).moveAccepted(42, "AP-TT", null);
    }

    @Test
    void anAnsweredRequestIsAConflictAndMovesNothing() {
        as(Role.COMMITTEE, FROM, TO);
        for (TransferState state : new TransferState[] {TransferState.ACCEPTED, TransferState.DECLINED,
                TransferState.WITHDRAWN}) {
            stored(request(state, TO));
            assertThatThrownBy(() -> transfers.answer(new AnswerTransfer(5, TransferState.ACCEPTED, null)))
                    .isInstanceOf(ConflictException.class);
        }
        verifyNoInteractions(members);
    }

    @Test
    void anAnswerThatLostTheRaceIsAConflictAndMovesNothing() {
        as(Role.COMMITTEE, TO);
        stored(request(TransferState.PENDING, TO));
        when(store.decide(eq(5L), any(), any(), any(), any(), anyString())).thenReturn(false);
        assertThatThrownBy(() -> transfers.answer(new AnswerTransfer(5, TransferState.ACCEPTED, null)))
                .isInstanceOf(ConflictException.class);
        verifyNoInteractions(members);
    }
}
