package vn.ptdv.shared.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;

/**
 * The one shape of a page's POST: do the work; when it is done, say so on the next page and go
 * there (post/redirect/get); when it is refused, put every problem under its field and show the
 * same form again with what the user typed. Nothing is stored when the work is refused.
 */
public final class FormSubmission {
    private FormSubmission() {
    }

    /** Where to go after the work was done, and what to tell the user there. */
    public record Done(String location, String noticeKey, Object[] noticeArgs, List<String> warnings) {
        public Done {
            noticeArgs = noticeArgs == null ? new Object[0] : noticeArgs.clone();
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        /** Saved: tell it with the message key and its arguments on the page at {@code location}. */
        public static Done to(String location, String noticeKey, Object... noticeArgs) {
            return new Done(location, noticeKey, noticeArgs, List.of());
        }

        /** The same, with warnings stored alongside the record (shown, not refused). */
        public Done warning(List<String> texts) {
            return new Done(location, noticeKey, noticeArgs, texts);
        }
    }

    /**
     * Runs {@code work}; on success redirects with a flash notice, when refused rejects the
     * problems on the form and returns the view {@code redisplay} gives.
     */
    public static String submit(BindingResult binding, RedirectAttributes redirect, Supplier<Done> work,
            Supplier<String> redisplay) {
        Done done;
        try {
            done = work.get();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return redisplay.get();
        }
        if (done.noticeKey() != null) {
            redirect.addFlashAttribute("notice", done.noticeKey());
            redirect.addFlashAttribute("noticeArgs", done.noticeArgs());
        }
        if (!done.warnings().isEmpty()) {
            redirect.addFlashAttribute("warnings", done.warnings());
        }
        return "redirect:" + done.location();
    }
}
