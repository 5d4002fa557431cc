package vn.ptdv.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import vn.ptdv.shared.Formats;

/**
 * Every text a user reads comes from {@code messages_vi.properties}; the interface is
 * Vietnamese whatever language the browser asks for.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(Formats.VIETNAMESE);
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Formats.VIETNAMESE);
    }
}
