package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
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

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException refused, HttpServletRequest request) {
        HttpStatus status = refused.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        List<Map<String, String>> errors = refused.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.withLabel(p)))
                .toList();
        String detail = messages.text(reading(request) ? "error.invalidQuery.detail" : "error.invalidInput.detail",
                errors.size(),
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

    /** A request that only reads (GET, HEAD): its errors do not speak of anything not saved. */
    static boolean reading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return localized(HttpStatus.NOT_FOUND, "error.notFound.title", e);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return localized(HttpStatus.FORBIDDEN, "error.forbidden.title", e);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return localized(HttpStatus.CONFLICT, "error.conflict.title", e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in the API", e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected.title",
                messages.text(reading(request) ? "error.unexpected.readDetail" : "error.unexpected.detail"));
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.malformedJson.title",
                messages.text("error.malformedJson.detail"));
        return ResponseEntity.badRequest().body(problem);
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
