package vn.ptdv.reporting.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.BarChart;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;
import vn.ptdv.shared.table.Table.Column;

/**
 * The report pages' tables as their "Xuất Excel" writes them: the lines the page lists, with the
 * organization, the period and the filters in the title rows.
 */
@Component
class ReportTables {
    private final Messages messages;

    ReportTables(Messages messages) {
        this.messages = messages;
    }

    Table progress(ProgressReports.Progress report) {
        Table.Builder table = Table.builder(messages.text("progress.title", report.organization().name()),
                messages.text("report.export.progressSheet"))
                .caption(period(report))
                .column(Column.text(messages.text("progress.organization")))
                .column(Column.text(messages.text("report.export.code")))
                .column(Column.integer(messages.text("progress.target")))
                .column(Column.integer(messages.text("progress.admitted")))
                .column(Column.percent(messages.text("progress.percent")))
                .column(Column.integer(messages.text("progress.remaining")))
                .column(Column.integer(messages.text("progress.pace")))
                .column(Column.integer(messages.text("progress.projected")));
        for (ProgressReports.Line line : report.children()) {
            progressRow(table, line);
        }
        progressRow(table, new ProgressReports.Line(report.total().code(), messages.text("report.export.total",
                report.total().name()), report.total().target(), report.total().admitted(), report.total().percent(),
                report.total().remaining(), report.total().pacePerQuarter(), report.total().projected(),
                report.total().inProgress()));
        return table.build();
    }

    private static void progressRow(Table.Builder table, ProgressReports.Line line) {
        table.row(line.name(), line.code(), line.target(), line.admitted(), line.percent(), line.remaining(),
                line.pacePerQuarter(), line.projected());
    }

    Table ranking(ReportQuestions.Progress q, java.util.List<ProgressReports.Ranked> ranking) {
        Table.Builder table = Table.builder(messages.text("ranking.title", q.organization().name()),
                messages.text("report.export.rankingSheet"))
                .caption(messages.text("ranking.caption", q.year() != null ? String.valueOf(q.year())
                        : q.term().name()))
                .caption(messages.text("report.export.asOf", VietnameseDates.format(q.asOf())))
                .caption(messages.text("ranking.criteria"))
                .column(Column.integer(messages.text("ranking.rank")))
                .column(Column.text(messages.text("progress.organization")))
                .column(Column.text(messages.text("report.export.code")))
                .column(Column.integer(messages.text("progress.target")))
                .column(Column.integer(messages.text("progress.admitted")))
                .column(Column.percent(messages.text("progress.percent")));
        for (ProgressReports.Ranked r : ranking) {
            table.row(r.rank(), r.line().name(), r.line().code(), r.line().target(), r.line().admitted(),
                    r.line().percent());
        }
        return table.build();
    }

    Table stagnant(ReportQuestions.Stagnant q, java.util.List<CellReports.StagnantCell> cells) {
        Table.Builder table = Table.builder(messages.text("stagnant.title", q.organization().name()),
                messages.text("report.export.stagnantSheet"))
                .caption(messages.text("stagnant.caption", cells.size(), q.years(), VietnameseDates.format(q.asOf())));
        if (q.kind() != null) {
            table.caption(messages.text("report.export.kind", messages.text(q.kind().messageKey())));
        }
        table.column(Column.text(messages.text("stagnant.cell")))
                .column(Column.text(messages.text("report.export.code")))
                .column(Column.text(messages.text("report.field.kind")))
                .column(Column.date(messages.text("stagnant.lastAdmission")))
                .column(Column.integer(messages.text("stagnant.pool")));
        for (CellReports.StagnantCell cell : cells) {
            table.row(cell.name(), cell.code(), cell.kind() == null ? null : messages.text(cell.kind().messageKey()),
                    cell.lastAdmission(), cell.poolSize());
        }
        return table.build();
    }

    Table duty(OrganizationRef organization, CellReports.DutyReport report) {
        Table.Builder table = Table.builder(messages.text("duty.title", organization.name()),
                messages.text("report.export.dutySheet"))
                .caption(messages.text("duty.summary", report.done(), report.total(), String.valueOf(report.year())))
                .column(Column.text(messages.text("assignment.field.memberId")))
                .column(Column.text(messages.text("assignment.field.cellCode")))
                .column(Column.text(messages.text("report.export.code")))
                .column(Column.date(messages.text("report.export.from")))
                .column(Column.date(messages.text("report.export.to")))
                .column(Column.integer(messages.text("duty.introduced")))
                .column(Column.text(messages.text("duty.status")));
        for (CellReports.Duty d : report.duties()) {
            table.row(d.memberName(), d.cellName(), d.cellCode(), d.from(), d.to(), d.introduced(),
                    messages.text(d.done() ? "duty.done" : "duty.notDone"));
        }
        return table.build();
    }

    /** The report's admissions by month (a year) or by year (a term) as a bar chart. */
    BarChart timeline(ProgressReports.Progress report, List<ProgressReports.Period> periods) {
        return new BarChart("chart-timeline",
                messages.text(report.year() != null ? "progress.timeline.months" : "progress.timeline.years"),
                periods.stream().map(p -> new BarChart.Bar(p.month() != null
                        ? messages.text("progress.timeline.month", String.valueOf(p.month()), String.valueOf(p.year()))
                        : messages.text("progress.timeline.year", String.valueOf(p.year())), p.admitted())).toList());
    }

    private String period(ProgressReports.Progress report) {
        return messages.text(report.year() != null ? "progress.period.year" : "progress.period.term",
                report.year() != null ? String.valueOf(report.year()) : report.term().name(),
                VietnameseDates.format(report.from()), VietnameseDates.format(report.to()),
                VietnameseDates.format(report.asOf()));
    }
}
