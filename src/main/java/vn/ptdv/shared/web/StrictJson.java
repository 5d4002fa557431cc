package vn.ptdv.shared.web;

import java.util.Optional;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.ptdv.shared.TextInput;

/**
 * The JSON bodies of the API are read strictly: a field the request does not have is refused
 * with its name (a typo must not drop a value silently), and every text goes through
 * {@link TextInput#flaw} as it is read, refused with its field. Only the API's reading changes:
 * the application's own mapper (JSON columns in the database) stays as Spring Boot builds it.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {
    /** Spring Boot's JSON converter of the pages and the API, in its place, swapped for the strict one. */
    @Bean
    ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper mapper) {
        JsonMapper strict = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new SimpleModule("ptdv-checked-text").addDeserializer(String.class, new CheckedText()))
                .build();
        return builder -> builder.configureMessageConvertersList(converters -> converters.replaceAll(
                converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new JacksonJsonHttpMessageConverter(strict) : converter));
    }

    /** Jackson's own reading of a string, then the checks of {@link TextInput#flaw}. */
    static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String text = super.deserialize(p, ctxt);
            Optional<TextInput.Flaw> flaw = TextInput.flaw(text);
            if (flaw.isPresent()) {
                throw new FlawedText(p, flaw.get());
            }
            return text;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** A text of the body refused for its flaw; Jackson adds the path of its field. */
    static final class FlawedText extends MismatchedInputException {
        private final transient TextInput.Flaw flaw;

        FlawedText(JsonParser p, TextInput.Flaw flaw) {
            super(p, flaw.messageKey(), String.class);
            this.flaw = flaw;
        }

        TextInput.Flaw flaw() {
            return flaw;
        }
    }
}
