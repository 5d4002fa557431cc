package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.ptdv.shared.AccessRefused;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.LocalizedException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;

/** Errors on pages: the layout with a Vietnamese explanation and the right status code. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final Messages messages;
    private final ApplicationEventPublisher events;

    PageExceptionHandler(Messages messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /** Answered alike for what does not exist and what lies outside the scope; written in the audit log. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        events.publishEvent(new AccessRefused(404, request.getMethod(), request.getRequestURI(), e.messageKey()));
        return page(HttpStatus.NOT_FOUND, e, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
        events.publishEvent(new AccessRefused(403, request.getMethod(), request.getRequestURI(), e.messageKey()));
        return page(HttpStatus.FORBIDDEN, e, response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e, HttpServletResponse response) {
        List<String> reasons = e.problems().stream().map(messages::withLabel).toList();
        return view(HttpStatus.BAD_REQUEST, messages.text("error.invalidInput.title"), reasons, response);
    }

    @ExceptionHandler(FlawedInput.class)
    ModelAndView flawedInput(FlawedInput e, HttpServletResponse response) {
        List<String> reasons = e.fields().stream()
                .map(f -> messages.text("error.input.field", f.name(), messages.text(f.messageKey(), f.argsArray())))
                .toList();
        return view(HttpStatus.BAD_REQUEST, messages.text("error.invalidInput.title"), reasons, response);
    }

    /** The second of two identical creations at once, refused by the database's unique key. */
    @ExceptionHandler(DuplicateKeyException.class)
    ModelAndView duplicate(DuplicateKeyException e, HttpServletResponse response) {
        String key = DuplicateRecords.messageKey(e);
        log.info("A creation refused by the unique key {}", key);
        return view(HttpStatus.CONFLICT, messages.text(key), List.of(), response);
    }

    private ModelAndView page(HttpStatus status, LocalizedException e, HttpServletResponse response) {
        return view(status, messages.text(e.messageKey(), e.args()), List.of(), response);
    }

    private ModelAndView view(HttpStatus status, String message, List<String> reasons, HttpServletResponse response) {
        if (status.is5xxServerError()) {
            log.error("Server error on a page: {}", message);
        }
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        view.addObject("reasons", reasons);
        return view;
    }
}
