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
    MutableClock testClock() {
        return new MutableClock(Formats.VIETNAM_ZONE);
    }

    @Bean
    Fixtures fixtures(OrganizationDirectory organizations, UserAccounts accounts) {
        return new Fixtures(organizations, accounts);
    }
}
