using System.Globalization;
using System.Text;

namespace PlanTracker.Bench.Results;

/// <summary>The several-plans measure's table: each part as "all plans / 1 plan", then the existing targets checked among all plans.</summary>
internal static class PlansTable
{
    public static void Append(StringBuilder text, PlansResult p)
    {
        text.AppendLine();
        var built = p.BuildSeconds is { } seconds ? $"built in {seconds:0} s" : "reused from the work folder";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Plan {p.PlanCode} among {p.Plans} plans of {p.LinesPerPlan:N0} lines / alone in its database (databases {built}):");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| measure | {p.Plans} plans | 1 plan | ratio | existing target among {p.Plans} plans | met |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | :---: |");
        if (p.Import is { } i)
        {
            Row(text, $"import {i.Lines:N0} lines into the plan", Ms(i.AllPlansMs), Ms(i.OnePlanMs), i.Ratio,
                $"{F(i.AllPlansVsClosedXml)} of ClosedXML's load ({Ms(i.ClosedXmlLoadMs)}) ≤ 0.5; {F(i.AllPlansVsFloor)} × the floor ({Ms(i.FloorMs)}) ≤ 2.5",
                i.AllPlansVsClosedXml <= 0.5 && i.AllPlansVsFloor <= 2.5);
        }

        if (p.Status is { } s)
        {
            Row(text, "`plantracker status --plan`", Ms(s.AllPlansMs), Ms(s.OnePlanMs), s.Ratio,
                $"{F(s.AllPlansVsEmptyApp)} × an empty app ({Ms(s.EmptyAppMs)}) ≤ 6", s.AllPlansVsEmptyApp <= 6);
        }

        if (p.Dashboard is { } d)
        {
            Row(text, "dashboard, 16 clients (req/s)", F(d.AllPlansRps), F(d.OnePlanRps), d.Ratio,
                $"{F(d.AllPlansVsStatic)} of the static file ({F(d.StaticRps)} req/s) ≥ 0.5", d.AllPlansVsStatic >= 0.5);
            Row(text, "dashboard p95 latency", Ms(d.AllPlansP95Ms), Ms(d.OnePlanP95Ms), d.AllPlansP95Ms / d.OnePlanP95Ms, "≤ 50 ms", d.AllPlansP95Ms <= 50);
        }

        if (p.Rollback is { } r)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| rollback of the plan's {r.Lines:N0}-line batch | {Ms(r.AllPlansMs)} | {Ms(r.OnePlanMs)} | {F(r.Ratio)} | — | — |");
        }
    }

    private static void Row(StringBuilder text, string measure, string all, string one, double ratio, string target, bool met) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {all} | {one} | {F(ratio)} | {target} | {(met ? "yes" : "**no**")} |");

    private static string Ms(double ms) => ResultTable.Ms(ms);

    private static string F(double value) => ResultTable.F(value);
}
