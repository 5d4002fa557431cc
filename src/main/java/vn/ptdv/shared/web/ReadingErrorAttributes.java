package vn.ptdv.shared.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's attributes with {@code reading}: whether the failed request only read (GET,
 * HEAD), so that the page does not tell someone who only opened a page that nothing was saved.
 */
@Component
class ReadingErrorAttributes extends DefaultErrorAttributes {
    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.put("reading", request instanceof ServletWebRequest servlet
                && ApiExceptionHandler.reading(servlet.getRequest()));
        return attributes;
    }
}
