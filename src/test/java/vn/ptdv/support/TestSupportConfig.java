package vn.ptdv.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.ptdv.identity.UserAccounts;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.shared.Formats;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {
    @Bean
    @Primary
    MutableClock testClock(@org.springframework.beans.factory.annotation.Value("${ptdv.test.today:}") String day) {
        // A context may start on a day of its own (the demo loaded years apart); else the tests' day.
        return day.isBlank() ? new MutableClock(Formats.VIETNAM_ZONE)
                : new MutableClock(Formats.VIETNAM_ZONE, java.time.LocalDate.parse(day));
    }

    @Bean
    Fixtures fixtures(OrganizationDirectory organizations, UserAccounts accounts) {
        return new Fixtures(organizations, accounts);
    }

    /** The JSON API as one of the accounts; lazy, for the contexts without MockMvc. */
    @Bean
    @org.springframework.context.annotation.Lazy
    Api testApi(org.springframework.test.web.servlet.MockMvc mvc,
            org.springframework.security.core.userdetails.UserDetailsService users) {
        return new Api(mvc, users);
    }

    @Bean
    TestData testData(vn.ptdv.membership.MemberRegistry members, vn.ptdv.prospect.Pool pool,
            vn.ptdv.training.Classes classes, vn.ptdv.admission.Admissions admissions, vn.ptdv.planning.Terms terms,
            vn.ptdv.planning.Targets targets, vn.ptdv.planning.Directives directives,
            vn.ptdv.planning.Assignments assignments) {
        return new TestData(members, pool, classes, admissions, terms, targets, directives, assignments);
    }
}
