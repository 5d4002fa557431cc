package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
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

    PageExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e, request, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, e, request, response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e, request, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        List<String> reasons = e.problems().stream().map(messages::withLabel).toList();
        return view(HttpStatus.BAD_REQUEST, messages.text("error.invalidInput.title"), reasons, request, response);
    }

    private ModelAndView page(HttpStatus status, LocalizedException e, HttpServletRequest request,
            HttpServletResponse response) {
        return view(status, messages.text(e.messageKey(), e.args()), List.of(), request, response);
    }

    private ModelAndView view(HttpStatus status, String message, List<String> reasons, HttpServletRequest request,
            HttpServletResponse response) {
        if (status.is5xxServerError()) {
            log.error("Server error on a page: {}", message);
        }
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        view.addObject("reasons", reasons);
        view.addObject("reading", ApiExceptionHandler.reading(request));
        return view;
    }
}
