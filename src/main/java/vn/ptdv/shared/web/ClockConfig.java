package vn.ptdv.shared.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ptdv.shared.Formats;

/** "Today" is the day in Vietnam, whatever the server's zone; tests replace the clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(Formats.VIETNAM_ZONE);
    }
}
