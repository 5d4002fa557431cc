package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.ptdv.shared.AccessRefused;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.LocalizedException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.RefusedByRulesException;

/**
 * The one error format of the JSON API: {@code application/problem+json} (RFC 9457) with a
 * Vietnamese {@code detail} and, for refused input, {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final RequestBodyLimit bodyLimit;

    ApiExceptionHandler(Messages messages, ApplicationEventPublisher events, RequestBodyLimit bodyLimit) {
        this.messages = messages;
        this.events = events;
        this.bodyLimit = bodyLimit;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException refused) {
        HttpStatus status = refused.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        List<Map<String, String>> errors = refused.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.withLabel(p)))
                .toList();
        String detail = messages.text("error.invalidInput.detail", errors.size(),
                String.join(" ", errors.stream().map(e -> e.get("message")).toList()));
        ProblemDetail problem = problem(status, "error.invalidInput.title", detail);
        problem.setProperty("errors", errors);
        if (refused instanceof RefusedByRulesException byRules) {
            problem.setProperty("violations", byRules.violations().stream()
                    .map(v -> Map.of("ruleId", v.ruleId(), "severity", v.severity(), "message",
                            messages.text(v.messageKey(), v.argsArray()), "source", messages.text(v.sourceKey())))
                    .toList());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        events.publishEvent(new AccessRefused(404, request.getMethod(), request.getRequestURI(), e.messageKey()));
        return localized(HttpStatus.NOT_FOUND, "error.notFound.title", e);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, HttpServletRequest request) {
        events.publishEvent(new AccessRefused(403, request.getMethod(), request.getRequestURI(), e.messageKey()));
        return localized(HttpStatus.FORBIDDEN, "error.forbidden.title", e);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return localized(HttpStatus.CONFLICT, "error.conflict.title", e);
    }

    @ExceptionHandler(FlawedInput.class)
    ResponseEntity<Object> flawedInput(FlawedInput refused) {
        return fieldErrors(refused.fields());
    }

    /** Two identical creations at once: the database's unique key refused the second (409). */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        String key = DuplicateRecords.messageKey(e);
        log.info("A creation refused by the unique key {}", key);
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "error.http.409.title", messages.text(key)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in the API", e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected.title",
                messages.text("error.unexpected.detail"));
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * A body that could not be read: over the size limit (413), a flawed text, an unknown field,
     * a number out of range or a value of the wrong type (400, the field named), or no JSON at all.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (cause(ex, RequestBodyLimit.BodyTooLarge.class) != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                    "error.http.413.title", messages.text("error.bodyTooLarge.detail", bodyLimit.limitText())));
        }
        FlawedInput.Field field = JsonFieldProblems.of(ex);
        if (field != null) {
            return fieldErrors(List.of(field));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.malformedJson.title",
                messages.text("error.malformedJson.detail"));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A path variable or query parameter of the wrong type: named, with its range when it is a number. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        FlawedInput.Field field = JsonFieldProblems.ofValue(name == null ? "?" : name,
                ex.getValue() == null ? "" : String.valueOf(ex.getValue()), ex.getRequiredType());
        return fieldErrors(List.of(field));
    }

    private ResponseEntity<Object> fieldErrors(List<FlawedInput.Field> fields) {
        List<Map<String, String>> errors = fields.stream()
                .map(f -> Map.of("field", f.name(), "message",
                        messages.text("error.input.field", f.name(), messages.text(f.messageKey(), f.argsArray()))))
                .toList();
        String detail = messages.text("error.invalidInput.detail", errors.size(),
                String.join(" ", errors.stream().map(e -> e.get("message")).toList()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalidInput.title", detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Framework errors (wrong method, media type, missing parameter…) in Vietnamese too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(statusCode);
        problem.setTitle(messages.text("error.http." + statusCode.value() + ".title"));
        problem.setDetail(messages.text("error.http.detail", statusCode.value()));
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    private ResponseEntity<ProblemDetail> localized(HttpStatus status, String titleKey, LocalizedException e) {
        return ResponseEntity.status(status).body(problem(status, titleKey, messages.text(e.messageKey(), e.args())));
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.text(titleKey));
        return problem;
    }
}
