using System.Text;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// One card per indicator, for the snapshot's scope: actual against target, status in words, expected by now, pace
/// needed, forecast.
/// </summary>
internal static class HeadlineCards
{
    public static void Append(StringBuilder html, PlanSnapshot snapshot, string lang)
    {
        html.Append("<section class=\"cards\" aria-label=\"")
            .Append(HtmlText.Encode(Localized.Text(lang, "Indicateurs clés", "Key figures"))).Append("\">\n");
        foreach (var indicator in snapshot.Indicators)
        {
            AppendCard(html, indicator.Indicator, snapshot.InScope(indicator.Indicator), snapshot.AsOf.ToDisplay(lang), lang);
        }

        html.Append("</section>\n");
    }

    private static void AppendCard(StringBuilder html, Indicator indicator, IndicatorProgress p, string asOf, string lang)
    {
        var decimals = ExpectedValues.Decimals(indicator);
        var unit = indicator.Unit(lang);
        html.Append("<article class=\"card\">\n").Element("h2", indicator.Label(lang));
        html.Append("<p class=\"figure\">").Append(HtmlText.Encode(Display.Number(p.Actual, 0, lang)));
        if (p.Target is { } target)
        {
            html.Append(" <span class=\"of\">/ ").Append(HtmlText.Encode(Display.Number(target, 0, lang))).Append("</span>");
        }

        html.Append("</p>\n");
        if (p.Status is { } status)
        {
            // The word carries the status; the border style differs too, so that it survives black-and-white printing.
            html.Element("p", status.Label(lang), "status status-" + status.Code());
        }

        html.Append("<dl>\n");
        Row(html, Localized.Text(lang, "Atteinte de l'objectif", "Attainment"), p.Attainment is { } a ? Display.Percent(a, 1, lang) : "—");
        Row(html, Localized.Text(lang, $"Attendu au {asOf}", $"Expected by {asOf}"), p.Expected is { } e ? Display.Number(e, decimals, lang) : "—");
        Row(html, Localized.Text(lang, "Rythme (réalisé / attendu)", "Pace (actual / expected)"), p.Pace is { } pace ? Display.Percent(pace, 1, lang) : "—");
        Row(html, Localized.Text(lang, "Rythme nécessaire", "Pace needed"), p.PaceNeededPerQuarter is { } n
            ? Localized.Text(lang, $"{Display.Rate(n, lang)} {unit} par trimestre", $"{Display.Rate(n, lang)} {unit} per quarter")
            : "—");
        Row(html, Localized.Text(lang, $"Prévision au {p.Forecast.Deadline.ToDisplay(lang)}", $"Forecast for {p.Forecast.Deadline.ToDisplay(lang)}"),
            Display.Number(p.Forecast.AtDeadline, 0, lang));
        html.Append("</dl>\n");
        html.Element("p", Sentences.Forecast(indicator, p, lang), "sentence");
        html.Append("</article>\n");
    }

    private static void Row(StringBuilder html, string term, string value) =>
        html.Element("dt", term).Element("dd", value);
}
