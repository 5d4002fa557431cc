package vn.ptdv.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ptdv.support.MutableClock;

class RecentlyVerifiedPasswordsTest {
    final PasswordEncoder bcrypt = mock(PasswordEncoder.class);
    final MutableClock clock = new MutableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
    final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(bcrypt, clock);

    @Test
    void theSameRightPasswordIsHashedOnceAnIntervalAndAgainAfterIt() {
        when(bcrypt.matches("dung-mat-khau", "{bcrypt}H1")).thenReturn(true);

        assertThat(passwords.matches("dung-mat-khau", "{bcrypt}H1")).isTrue();
        clock.advance(RecentlyVerifiedPasswords.INTERVAL.minusSeconds(1));
        assertThat(passwords.matches("dung-mat-khau", "{bcrypt}H1")).isTrue();
        verify(bcrypt, times(1)).matches(any(), any());

        clock.advance(Duration.ofSeconds(2));
        assertThat(passwords.matches("dung-mat-khau", "{bcrypt}H1")).isTrue();
        verify(bcrypt, times(2)).matches(any(), any());
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndIsCheckedEveryTime() {
        when(bcrypt.matches("dung-mat-khau", "{bcrypt}H1")).thenReturn(true);
        passwords.matches("dung-mat-khau", "{bcrypt}H1");

        assertThat(passwords.matches("sai-mat-khau", "{bcrypt}H1")).isFalse();
        assertThat(passwords.matches("sai-mat-khau", "{bcrypt}H1")).isFalse();
        verify(bcrypt, times(3)).matches(any(), any());
    }

    @Test
    void aNewStoredHashIsCheckedAgainSoAnOldPasswordFailsAtOnce() {
        when(bcrypt.matches("cu-mat-khau", "{bcrypt}H1")).thenReturn(true);
        when(bcrypt.matches("cu-mat-khau", "{bcrypt}H2")).thenReturn(false);
        assertThat(passwords.matches("cu-mat-khau", "{bcrypt}H1")).isTrue();

        assertThat(passwords.matches("cu-mat-khau", "{bcrypt}H2")).isFalse();
    }
}
