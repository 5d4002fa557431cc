package vn.ptdv.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.calendar.OfficialDays;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Problems;

/** The page of the yearly schedule of official days off and make-up working days, for administrators. */
@Controller
class OfficialDayController {
    private final OfficialDayService service;
    private final OfficialDays days;
    private final Clock clock;

    OfficialDayController(OfficialDayService service, OfficialDays days, Clock clock) {
        this.service = service;
        this.days = days;
        this.clock = clock;
    }

    /** The page's form of a day. */
    public static class DayForm {
        private String date;
        private String kind = "DAY_OFF";
        private String name;
        private String source;

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    static int year(Integer year, Clock clock) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < OfficialDayService.MIN_YEAR || y > OfficialDayService.MAX_YEAR) {
            new Problems("holiday").malformed("year", "holiday.year.range", OfficialDayService.MIN_YEAR,
                    OfficialDayService.MAX_YEAR).throwIfAny();
        }
        return y;
    }

    /** A year's schedule; {@code followsRule} when none was entered and the days are the Labour Code's. */
    record YearResponse(int year, boolean followsRule, List<OfficialDays.Day> days) {
    }

    /** The schedule of the year: as entered, or by the rule when none was entered. */
    static YearResponse schedule(OfficialDays days, int year) {
        List<OfficialDays.Day> entered = days.ofYear(year);
        if (!entered.isEmpty()) {
            return new YearResponse(year, false, entered);
        }
        return new YearResponse(year, true, days.byRule(year).entrySet().stream()
                .map((Map.Entry<LocalDate, String> e) -> new OfficialDays.Day(e.getKey(), true, e.getValue(),
                        OfficialDays.RULE_SOURCE))
                .toList());
    }

    @GetMapping("/settings/holidays")
    String page(@RequestParam(required = false) Integer year, Model model) {
        service.requireAdministrator();
        DayForm form = new DayForm();
        model.addAttribute("form", form);
        return view(year(year, clock), model);
    }

    @PostMapping("/settings/holidays")
    String put(@RequestParam(required = false) Integer year, @ModelAttribute("form") DayForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            OfficialDays.Day day = service.put(new OfficialDayService.DayInput(form.getDate(), form.getKind(),
                    form.getName(), form.getSource()), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "holiday.saved");
            redirect.addFlashAttribute("noticeArgs", new Object[] {form.getDate()});
            return "redirect:/settings/holidays?year=" + day.date().getYear();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return view(year(year, clock), model);
        }
    }

    @PostMapping("/settings/holidays/remove")
    String remove(@RequestParam String date, @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        service.remove(date, DateInput.PAGE);
        redirect.addFlashAttribute("notice", "holiday.removed");
        redirect.addFlashAttribute("noticeArgs", new Object[] {date});
        return "redirect:/settings/holidays?year=" + year(year, clock);
    }

    private String view(int year, Model model) {
        model.addAttribute("schedule", schedule(days, year));
        model.addAttribute("year", year);
        return "calendar/holidays";
    }
}
