package vn.ptdv.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;

/**
 * The "Nhập dữ liệu" pages: the kinds with their templates, the upload of a file, and its job —
 * the progress while it runs (the page asks again every second; the user may leave and come
 * back), then what was stored, or every problem with the workbook that marks them.
 */
@Controller
class ImportPageController {
    /** Problems shown on the page; the error workbook lists them all. */
    static final int PROBLEMS_ON_PAGE = 200;

    private final ImportService imports;
    private final Messages messages;

    ImportPageController(ImportService imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/imports")
    String kinds(Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("jobs", imports.recentJobs());
        return "exchange/imports";
    }

    @GetMapping("/imports/{kind}")
    String upload(@PathVariable String kind, Model model) {
        model.addAttribute("kind", imports.kind(kind));
        return "exchange/upload";
    }

    @GetMapping("/imports/{kind}/template")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return ImportApiController.workbook(imports.template(kind), "mau-nhap-" + kind + ".xlsx");
    }

    @PostMapping("/imports/{kind}")
    String submit(@PathVariable String kind, @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Model model) {
        ImportKind chosen = imports.kind(kind);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            long id = imports.submit(kind, content, file == null ? null : file.getOriginalFilename(), dryRun);
            return "redirect:/imports/jobs/" + id;
        } catch (InvalidInputException refused) {
            model.addAttribute("kind", chosen);
            model.addAttribute("fileErrors", refused.problems().stream().map(messages::reason).toList());
            return "exchange/upload";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/imports/jobs/{id}")
    String job(@PathVariable long id, Model model) {
        jobModel(id, model);
        return "exchange/job";
    }

    /** The job's state alone, for the page to ask again while the job runs. */
    @GetMapping("/imports/jobs/{id}/state")
    String jobState(@PathVariable long id, Model model) {
        jobModel(id, model);
        return "exchange/job :: state";
    }

    @GetMapping("/imports/jobs/{id}/errors")
    ResponseEntity<byte[]> errors(@PathVariable long id) {
        ImportJobStore.Job job = imports.job(id);
        return ImportApiController.workbook(imports.errorWorkbook(id), "loi-nhap-" + job.kind() + ".xlsx");
    }

    private void jobModel(long id, Model model) {
        ImportJobStore.Job job = imports.job(id);
        model.addAttribute("job", job);
        model.addAttribute("kind", imports.kind(job.kind()));
        model.addAttribute("refusal", imports.refusal(job).orElse(null));
        var problems = imports.problems(job);
        model.addAttribute("problems", problems.size() > PROBLEMS_ON_PAGE ? problems.subList(0, PROBLEMS_ON_PAGE)
                : problems);
        model.addAttribute("percent", percent(job));
    }

    /** How far the job is: reading takes the first half, checking and storing the rest. */
    static int percent(ImportJobStore.Job job) {
        if (!job.running()) {
            return 100;
        }
        return switch (job.status()) {
            case "QUEUED" -> 2;
            case "READING" -> Math.min(45, 5 + job.rowsRead() / 2500);
            case "CHECKING" -> 60;
            case "STORING" -> 80;
            default -> 50;
        };
    }
}
