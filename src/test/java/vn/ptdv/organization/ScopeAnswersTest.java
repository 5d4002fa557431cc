package vn.ptdv.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ptdv.organization.internal.TreeReader;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Role;

/**
 * A page asks whether the user may see the same organization several times (the page, its links,
 * its sections): inside the page's read-only transaction the tree is asked once per organization;
 * a write, or the next page, asks it again, so a cell moved out of the scope is out of it at once.
 */
class ScopeAnswersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final long HOME = 10;
    private static final long CELL = 11;

    private final TreeReader tree = mock(TreeReader.class);
    private final AccessScope scope =
            new AccessScope(tree, Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @BeforeEach
    void signIn() {
        CurrentUser user = new CurrentUser(1, "bithu", "Bí thư", Role.COMMITTEE, HOME);
        CurrentUser.Holder principal = () -> user;
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null, List.of()));
        when(tree.isWithinThroughSuccessor(anyLong(), eq(HOME), eq(DAY))).thenReturn(true);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(0));
            TransactionSynchronizationManager.clear();
        }
    }

    @Test
    void aPagesTransactionAsksTheTreeOncePerOrganization() {
        beginTransaction(true);

        assertThat(scope.canSee(CELL)).isTrue();
        assertThat(scope.canSee(CELL)).isTrue();
        assertThat(scope.canSee(HOME)).isTrue();

        verify(tree, times(1)).isWithinThroughSuccessor(CELL, HOME, DAY);
        verify(tree, times(1)).isWithinThroughSuccessor(HOME, HOME, DAY);
    }

    @Test
    void theNextPageAsksAgainAndSeesACellMovedAway() {
        beginTransaction(true);
        assertThat(scope.canSee(CELL)).isTrue();
        endTransaction();

        when(tree.isWithinThroughSuccessor(CELL, HOME, DAY)).thenReturn(false);
        beginTransaction(true);

        assertThat(scope.canSee(CELL)).isFalse();
    }

    @Test
    void aWritingTransactionAsksTheTreeEachTime() {
        beginTransaction(false);

        scope.canSee(CELL);
        scope.canSee(CELL);

        verify(tree, times(2)).isWithinThroughSuccessor(CELL, HOME, DAY);
    }

    @Test
    void outsideATransactionTheTreeIsAskedEachTime() {
        scope.canSee(CELL);
        scope.canSee(CELL);

        verify(tree, times(2)).isWithinThroughSuccessor(CELL, HOME, DAY);
    }

    private static void beginTransaction(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }

    private static void endTransaction() {
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(0));
        TransactionSynchronizationManager.clear();
    }
}
