package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.ptdv.shared.TextInput;

/**
 * Every parameter of every request — the fields of a form post, the text fields of an upload,
 * the query of a search — goes through {@link TextInput#flaw} before a controller sees it; a
 * flawed one is refused with its name (400). JSON bodies are checked as they are read
 * ({@link StrictJson}).
 */
@Configuration(proxyBeanMethods = false)
class CheckedParameters implements WebMvcConfigurer, HandlerInterceptor {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // static files read no parameter
        }
        List<FlawedInput.Field> flawed = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                TextInput.flaw(value).ifPresent(flaw -> flawed.add(
                        new FlawedInput.Field(parameter.getKey(), flaw.messageKey(), flaw.args())));
            }
            TextInput.flaw(parameter.getKey()).ifPresent(flaw -> flawed.add(
                    new FlawedInput.Field(TextInput.printable(parameter.getKey()), flaw.messageKey(), flaw.args())));
        }
        if (!flawed.isEmpty()) {
            throw new FlawedInput(flawed);
        }
        return true;
    }
}
