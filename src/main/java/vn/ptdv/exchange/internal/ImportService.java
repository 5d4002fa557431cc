package vn.ptdv.exchange.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.exchange.ImportCounts;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;

/**
 * Imports: a file checked whole and stored all or nothing, as the signed-in user. The API runs it
 * while the request waits; the pages run it as a job kept in the database, whose progress and
 * result any instance shows, so that the user can leave the page and come back.
 */
@Service
class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final List<ImportKind> kinds;
    private final ImportJobStore jobs;
    private final AuditLog audit;
    private final Messages messages;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;
    private final JsonMapper json;
    private final Clock clock;

    ImportService(List<ImportKind> kinds, ImportJobStore jobs, AuditLog audit, Messages messages,
            TransactionTemplate transaction, @Qualifier("applicationTaskExecutor") TaskExecutor executor, JsonMapper json,
            Clock clock) {
        this.kinds = kinds.stream().sorted(Comparator.comparing(ImportKind::code)).toList();
        this.jobs = jobs;
        this.audit = audit;
        this.messages = messages;
        this.transaction = transaction;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
    }

    /** The kinds the signed-in user may import (none for a viewer). */
    List<ImportKind> kinds() {
        return CurrentUser.require().role().canWrite() ? kinds : List.of();
    }

    ImportKind kind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("import.kind.notFound", code));
    }

    private ImportKind writableKind(String code) {
        ImportKind kind = kind(code);
        if (!CurrentUser.require().role().canWrite()) {
            throw new ForbiddenException("error.readOnlyRole");
        }
        return kind;
    }

    /** The template workbook of the kind. */
    byte[] template(String code) {
        ImportKind kind = kind(code);
        return ImportWorkbooks.template(kind, messages.text("import.template.requiredMark"),
                messages.text("import.template.explanationSheet"), messages.text("import.template.exampleSheet"),
                Arrays.asList(messages.text("import.template.headers").split("\\|")));
    }

    /** Imports the file while the caller waits (the API). */
    ImportRun.Outcome importNow(String code, byte[] content, String fileName, boolean dryRun) {
        ImportKind kind = writableKind(code);
        SpreadsheetFile file = SpreadsheetFile.of(content, fileName);
        ImportRun.Outcome outcome = run(kind, file, dryRun, null);
        transaction.executeWithoutResult(status -> auditImport(kind, fileName, outcome));
        return outcome;
    }

    /** Starts importing the file as a job and returns its id (the pages). */
    long submit(String code, byte[] content, String fileName, boolean dryRun) {
        ImportKind kind = writableKind(code);
        CurrentUser user = CurrentUser.require();
        String name = fileName == null || fileName.isBlank() ? "tep-tai-len" : fileName.strip();
        long id = jobs.insert(kind.code(), name.length() > 255 ? name.substring(0, 255) : name, content, dryRun,
                user.homeOrganizationId(), user.username(), now());
        executor.execute(new DelegatingSecurityContextRunnable(() -> runJob(id, kind, content, name, dryRun)));
        return id;
    }

    private void runJob(long id, ImportKind kind, byte[] content, String fileName, boolean dryRun) {
        try {
            jobs.start(id, now());
            SpreadsheetFile file = SpreadsheetFile.of(content, fileName);
            ImportRun.Outcome outcome = run(kind, file, dryRun, id);
            jobs.finish(id, outcome.sheet(), outcome.rows(), outcome.problemCount(),
                    json.writeValueAsString(outcome.problems()), outcome.stored(), !outcome.refused(), now());
            transaction.executeWithoutResult(status -> auditImport(kind, fileName, outcome));
        } catch (FileRefused refused) {
            jobs.refuse(id, refused.messageKey(), json.writeValueAsString(Arrays.stream(refused.args())
                    .map(String::valueOf).toList()), now());
        } catch (RuntimeException e) {
            log.error("Import job {} of kind {} failed", id, kind.code(), e);
            jobs.fail(id, now());
        }
    }

    private ImportRun.Outcome run(ImportKind kind, SpreadsheetFile file, boolean dryRun, Long jobId) {
        ImportRun run = new ImportRun(kind, file, messages);
        ImportRun.Progress progress = new ImportRun.Progress() {
            @Override
            public void rowsRead(int rows) {
                if (jobId != null) {
                    jobs.progress(jobId, "READING", rows, now());
                }
            }

            @Override
            public void checking() {
                if (jobId != null) {
                    jobs.progress(jobId, "CHECKING", null, now());
                }
            }

            @Override
            public void storing() {
                if (jobId != null) {
                    jobs.progress(jobId, "STORING", null, now());
                }
            }
        };
        return transaction.execute(status -> {
            ImportRun.Outcome outcome = run.run(dryRun, progress, batch -> batch.store());
            if (outcome.refused() || dryRun) {
                status.setRollbackOnly();
            }
            return outcome;
        });
    }

    private void auditImport(ImportKind kind, String fileName, ImportRun.Outcome outcome) {
        ImportCounts stored = outcome.stored();
        audit.record(outcome.dryRun() ? "IMPORT_CHECKED" : outcome.refused() ? "IMPORT_REFUSED" : "IMPORT_STORED",
                "import", kind.code(), CurrentUser.require().homeOrganizationId(),
                "file=" + fileName + "; rows=" + outcome.rows() + "; problems=" + outcome.problemCount()
                        + (stored == null ? "" : "; created=" + stored.created() + "; updated=" + stored.updated()
                                + "; unchanged=" + stored.unchanged()));
    }

    /** A job of the signed-in user (an administrator sees every job). */
    ImportJobStore.Job job(long id) {
        CurrentUser user = CurrentUser.require();
        return jobs.find(id).filter(j -> user.isAdmin() || j.createdBy().equals(user.username()))
                .orElseThrow(() -> new NotFoundException("import.job.notFound", id));
    }

    List<ImportRun.Problem> problems(ImportJobStore.Job job) {
        return job.problems() == null ? List.of()
                : json.readValue(job.problems(), new TypeReference<List<ImportRun.Problem>>() {
                });
    }

    Optional<String> refusal(ImportJobStore.Job job) {
        if (job.refusalKey() == null) {
            return Optional.empty();
        }
        List<String> args = json.readValue(job.refusalArgs(), new TypeReference<List<String>>() {
        });
        return Optional.of(messages.text(job.refusalKey(), args.toArray()));
    }

    /** The user's rows back, the refused cells marked, for a job whose file was refused row by row. */
    byte[] errorWorkbook(long id) {
        ImportJobStore.Job job = job(id);
        byte[] content = jobs.content(id).orElseThrow(() -> new NotFoundException("import.job.notFound", id));
        SpreadsheetFile file = SpreadsheetFile.of(content, job.fileName());
        return ImportWorkbooks.errors(file, job.sheet() == null ? new ImportRun(kind(job.kind()), file, messages).sheet()
                : job.sheet(), problems(job), messages.text("import.errors.sheet"),
                Arrays.asList(messages.text("import.errors.headers").split("\\|")));
    }

    /** The same for a file checked through the API. */
    byte[] errorWorkbook(String code, byte[] content, String fileName, List<ImportRun.Problem> problems) {
        ImportKind kind = kind(code);
        SpreadsheetFile file = SpreadsheetFile.of(content, fileName);
        return ImportWorkbooks.errors(file, new ImportRun(kind, file, messages).sheet(), problems,
                messages.text("import.errors.sheet"), Arrays.asList(messages.text("import.errors.headers").split("\\|")));
    }

    /** The signed-in user's latest jobs. */
    List<ImportJobStore.Job> recentJobs() {
        return jobs.recent(CurrentUser.require().username(), 20);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
