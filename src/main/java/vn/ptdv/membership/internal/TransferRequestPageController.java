package vn.ptdv.membership.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.membership.internal.MembershipForms.TransferAnswerForm;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** "Chuyển sinh hoạt đến chờ tiếp nhận": incoming and outgoing transfer requests, and their answers. */
@Controller
class TransferRequestPageController {
    private final TransferRequests transfers;

    TransferRequestPageController(TransferRequests transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/transfer-requests")
    String list(Model model) {
        model.addAttribute("incoming", transfers.list(TransferDirection.INCOMING));
        model.addAttribute("outgoing", transfers.list(TransferDirection.OUTGOING));
        return "membership/transfer-requests";
    }

    @GetMapping("/transfer-requests/{id}")
    String details(@PathVariable long id, Model model) {
        model.addAttribute("answerForm", TransferAnswerForm.blank());
        return detailsView(id, model);
    }

    @PostMapping("/transfer-requests/{id}/accept")
    String accept(@PathVariable long id, @ModelAttribute("answerForm") TransferAnswerForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return answer(id, TransferState.ACCEPTED, form, binding, model, redirect);
    }

    @PostMapping("/transfer-requests/{id}/decline")
    String decline(@PathVariable long id, @ModelAttribute("answerForm") TransferAnswerForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return answer(id, TransferState.DECLINED, form, binding, model, redirect);
    }

    @PostMapping("/transfer-requests/{id}/withdraw")
    String withdraw(@PathVariable long id, @ModelAttribute("answerForm") TransferAnswerForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return answer(id, TransferState.WITHDRAWN, form, binding, model, redirect);
    }

    private String answer(long id, TransferState answer, TransferAnswerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            TransferRequests.Seen seen = transfers.answer(form.parse(id, answer));
            return Done.to("/transfer-requests/" + id, "transfer.answered." + answer.name(),
                    seen.request().memberName());
        }, () -> detailsView(id, model));
    }

    private String detailsView(long id, Model model) {
        model.addAttribute("seen", transfers.requireVisible(id));
        return "membership/transfer-request";
    }
}
