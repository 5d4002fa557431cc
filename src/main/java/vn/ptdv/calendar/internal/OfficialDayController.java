package vn.ptdv.calendar.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.calendar.OfficialDays;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.calendar.internal.OfficialDayForms.DayForm;
import vn.ptdv.calendar.internal.OfficialDayForms.RemoveForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** The page of the yearly schedule of official days off and make-up working days, for administrators. */
@Controller
class OfficialDayController {
    private final OfficialDayService service;

    OfficialDayController(OfficialDayService service) {
        this.service = service;
    }

    @GetMapping("/settings/holidays")
    String page(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", DayForm.blank());
        return view(service.year(year), model);
    }

    @PostMapping("/settings/holidays")
    String put(@RequestParam(required = false) Integer year, @ModelAttribute("form") DayForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        service.requireAdministrator();
        return FormSubmission.submit(binding, redirect, () -> {
            OfficialDays.Day day = service.put(form.parse(DateInput.PAGE));
            return Done.to("/settings/holidays?year=" + day.date().getYear(), "holiday.saved",
                    VietnameseDates.format(day.date()));
        }, () -> view(service.year(year), model));
    }

    @PostMapping("/settings/holidays/remove")
    String remove(@ModelAttribute("removeForm") RemoveForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        service.requireAdministrator();
        int year = service.year(form.year());
        return FormSubmission.submit(binding, redirect, () -> {
            var date = form.parse(DateInput.PAGE);
            service.remove(date);
            return Done.to("/settings/holidays?year=" + year, "holiday.removed", VietnameseDates.format(date));
        }, () -> {
            model.addAttribute("form", DayForm.blank());
            return view(year, model);
        });
    }

    private String view(int year, Model model) {
        model.addAttribute("schedule", service.schedule(year));
        model.addAttribute("year", year);
        return "calendar/holidays";
    }
}
