using System.Globalization;
using System.Text;

namespace PlanTracker.Bench.Results;

/// <summary>The table printed at the end (and pasted into docs/performance.md): ratios first, then the raw figures.</summary>
internal static class ResultTable
{
    public static string Markdown(BenchResult r)
    {
        var text = new StringBuilder();
        text.AppendLine("| measure | PlanTracker | baseline (same run) | ratio | target | met |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | :---: |");
        if (r.Import is { } i)
        {
            Row(text, $"import {i.Lines:N0} lines / ClosedXML load", Ms(i.PlantrackerMs), Ms(i.ClosedXmlLoadMs), F(i.RatioVsClosedXml), "≤ 0.5", i.RatioVsClosedXml <= 0.5);
            Row(text, $"import {i.Lines:N0} lines / floor (bare read + INSERT)", Ms(i.PlantrackerMs), Ms(i.Floor.Ms), F(i.Floor.ImportRatio), "≤ 2.5", i.Floor.ImportRatio <= 2.5);
            Row(text, "import peak RSS (child process)", Mb(i.PeakRssMb), Mb(i.ClosedXmlPeakRssMb) + " (ClosedXML)", F(i.PeakRssMb / i.ClosedXmlPeakRssMb), "≤ 200 MB", i.PeakRssMb <= 200);
        }
        else
        {
            Missing(text, "import 100,000 lines / ClosedXML load", "≤ 0.5");
            Missing(text, "import 100,000 lines / floor", "≤ 2.5");
        }

        if (r.ImportSmall is { } s)
        {
            Row(text, $"import {s.Lines:N0}-line quarterly workbook, warm", Ms(s.PlantrackerMs), Ms(s.ClosedXmlLoadMs) + " (ClosedXML)", F(s.RatioVsClosedXml), "≤ 150 ms", s.PlantrackerMs <= 150);
        }
        else
        {
            Missing(text, "import 1,000-line quarterly workbook", "≤ 150 ms");
        }

        if (r.ImportOds is { } o)
        {
            Row(text, $"import {o.Lines:N0} lines as .ods / as .xlsx", Ms(o.OdsMs), Ms(o.XlsxMs) + " (.xlsx)", F(o.Ratio), "≤ 2", o.Ratio <= 2);
            Row(text, "import .ods peak RSS (child process)", Mb(o.OdsPeakRssMb), "—", "—", "≤ 200 MB", o.OdsPeakRssMb <= 200);
        }
        else
        {
            Missing(text, "import 100,000 lines as .ods / as .xlsx", "≤ 2");
        }

        if (r.Dashboard is { } d)
        {
            Row(text, "dashboard / static file, 16 clients (req/s)", F(d.Rps), F(d.StaticRps), F(d.RatioVsStatic), "≥ 0.5", d.RatioVsStatic >= 0.5);
            Row(text, "dashboard p95 latency, 16 clients", Ms(d.P95Ms), Ms(d.StaticP95Ms), F(d.P95Ms / d.StaticP95Ms), "≤ 50 ms", d.P95Ms <= 50);
        }
        else
        {
            Missing(text, "dashboard / static file", "≥ 0.5, p95 ≤ 50 ms");
        }

        if (r.DashboardFiltered is { } f)
        {
            Row(text, "dashboard ?axis=2 / static file, 16 clients (req/s)", F(f.Rps), F(f.StaticRps), F(f.RatioVsStatic), "≥ 0.5", f.RatioVsStatic >= 0.5);
            Row(text, "dashboard ?axis=2 p95 latency, 16 clients", Ms(f.P95Ms), Ms(f.StaticP95Ms), F(f.P95Ms / f.StaticP95Ms), "≤ 50 ms", f.P95Ms <= 50);
        }

        if (r.Report is { } p)
        {
            Row(text, $"full report, {p.Lines:N0} lines (charts, html, xlsx)", Ms(p.Ms), "—", "—", "≤ 2 s warm", p.Ms <= 2000);
        }
        else
        {
            Missing(text, "full report, 100,000 lines", "≤ 2 s warm");
        }

        if (r.CliStatus is { } c)
        {
            Row(text, "`plantracker status` / empty console app", Ms(c.Ms), Ms(c.EmptyAppMs), F(c.Ratio), "≤ 6", c.Ratio <= 6);
        }
        else
        {
            Missing(text, "`plantracker status` / empty console app", "≤ 6");
        }

        if (r.Import is { } detail)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Import detail: read + validate {Ms(detail.ParseMs)}, store ≈ {Ms(detail.StoreMs)} (by difference); floor: read {Ms(detail.Floor.ReadMs)}, insert {Ms(detail.Floor.InsertMs)}.");
        }

        if (r.ImportOds is { } odsDetail)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $".ods import detail: read + validate {Ms(odsDetail.OdsParseMs)} (.xlsx {Ms(odsDetail.XlsxParseMs)}); file {odsDetail.OdsBytes / 1024:N0} KiB (.xlsx {odsDetail.XlsxBytes / 1024:N0} KiB).");
        }

        if (r.ImportBreakdown is { } breakdown)
        {
            Breakdown(text, breakdown);
        }

        if (r.Plans is { } plans)
        {
            PlansTable.Append(text, plans);
        }

        foreach (var b in r.Compare ?? [])
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Before/after, {b.Workbook}: import {Ms(b.BeforeMs)} → {Ms(b.AfterMs)} (read + validate {Ms(b.BeforeParseMs)} → {Ms(b.AfterParseMs)}), peak RSS {Mb(b.BeforePeakRssMb)} → {Mb(b.AfterPeakRssMb)}.");
        }

        return text.ToString();
    }

    private static void Breakdown(StringBuilder text, BreakdownResult b)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Store breakdown, {b.Lines:N0} lines (median of {b.Runs} runs; ImportStore's own phase marks):");
        text.AppendLine();
        text.AppendLine("| phase | ms | without secondary indexes |");
        text.AppendLine("| --- | ---: | ---: |");
        for (var i = 0; i < b.Phases.Count; i++)
        {
            var bare = i < b.PhasesWithoutSecondaryIndexes.Count ? Ms(b.PhasesWithoutSecondaryIndexes[i].Ms) : "—";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {b.Phases[i].Phase} | {Ms(b.Phases[i].Ms)} | {bare} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| **store in all** | **{Ms(b.TotalMs)}** | {Ms(b.TotalWithoutSecondaryIndexesMs)} |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Key lookups as prepared reads on the imported database: {b.Lines:N0} structure (foreign key) lookups {Ms(b.ForeignKeyLookupsMs)}, {b.Lines:N0} unique-key lookups {Ms(b.UniqueKeyLookupsMs)}.");
    }

    private static void Row(StringBuilder text, string measure, string value, string baseline, string ratio, string target, bool met) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} | {baseline} | {ratio} | {target} | {(met ? "yes" : "**no**")} |");

    private static void Missing(StringBuilder text, string measure, string target) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | not measured | | | {target} | — |");

    internal static string Ms(double ms) => ms >= 10_000
        ? (ms / 1000).ToString("0.0 's'", CultureInfo.InvariantCulture)
        : ms.ToString("0 'ms'", CultureInfo.InvariantCulture);

    private static string Mb(double mb) => mb.ToString("0 'MB'", CultureInfo.InvariantCulture);

    internal static string F(double value) => value.ToString(value >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);
}
