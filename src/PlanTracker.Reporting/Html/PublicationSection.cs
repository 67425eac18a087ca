using System.Text;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Publications;

namespace PlanTracker.Reporting.Html;

/// <summary>
/// Above the cards: the publication these figures are (or the latest of their quarter), and every published figure
/// that has moved since, in plain words. Nothing when the quarter was never published.
/// </summary>
internal static class PublicationSection
{
    public static void Append(StringBuilder html, ReportContext context)
    {
        var state = context.Publication;
        if (state.Publication is not { } publication)
        {
            return;
        }

        var lang = context.Lang;
        html.Append("<section class=\"publication\" id=\"publication\">\n")
            .Element("h2", state.ShowsPublication
                ? Localized.Text(lang, "Chiffres publiés", "Published figures")
                : Localized.Text(lang, "Publication de ce trimestre", "This quarter's publication"))
            .Element("p", state.ShowsPublication
                ? Localized.Text(lang, "Chiffres exactement tels que publiés. ", "Figures exactly as published. ") + RestatementText.Published(publication, lang)
                : RestatementText.Published(publication, lang));
        if (state.Restatements.Count == 0)
        {
            html.Element("p", Localized.Text(lang, "Aucun chiffre publié n'a changé depuis.", "No published figure has changed since."));
        }
        else
        {
            html.Element("p", Localized.Text(lang, "Chiffres modifiés depuis la publication :", "Figures changed since the publication:")).Append("<ul class=\"restatements\">\n");
            foreach (var restatement in state.Restatements)
            {
                html.Element("li", RestatementText.Sentence(restatement, publication, lang));
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }
}
