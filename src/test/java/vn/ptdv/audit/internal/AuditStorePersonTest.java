package vn.ptdv.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The person an entry is about is kept as an id, from the entry's subject or its details. */
class AuditStorePersonTest {

    @Test
    void anEntryAboutAPersonRecordIsFiledUnderThatPerson() {
        assertThat(AuditStore.personOf("person", "42", "via=api")).isEqualTo(42L);
    }

    @Test
    void anEntryNamingAPersonInItsDetailsIsFiledUnderThatPerson() {
        assertThat(AuditStore.personOf("prospect", "7", "person=42; channel=CELL")).isEqualTo(42L);
        assertThat(AuditStore.personOf("class", "3", "person=42")).isEqualTo(42L);
        assertThat(AuditStore.personOf("dossier", "9", "step=APPLICATION; person=42")).isEqualTo(42L);
    }

    @Test
    void otherEntriesAreAboutNoPerson() {
        assertThat(AuditStore.personOf("user", "bithu", "address=10.0.0.1")).isNull();
        assertThat(AuditStore.personOf("export", "members", "format=xlsx; rows=3")).isNull();
        assertThat(AuditStore.personOf("person", "abc", null)).isNull();
        assertThat(AuditStore.personOf("prospect", "7", "otherperson=42")).isNull();
    }
}
