using System.Text;
using PlanTracker.Reporting.Publications;

namespace PlanTracker.Cli.Publications;

/// <summary>What the status table adds about publishing: the publication, then every restatement, one sentence each.</summary>
public static class PublicationLines
{
    public static string Write(PublicationState state, string lang)
    {
        if (state.Publication is not { } publication)
        {
            return "";
        }

        var en = lang == "en";
        var text = new StringBuilder().AppendLine();
        text.AppendLine(state.ShowsPublication
            ? (en ? "Figures exactly as published. " : "Chiffres exactement tels que publiés. ") + RestatementText.Published(publication, lang)
            : RestatementText.Published(publication, lang));
        if (state.Restatements.Count == 0)
        {
            text.AppendLine(en ? "No figure has changed since." : "Aucun chiffre n'a changé depuis.");
        }

        foreach (var restatement in state.Restatements)
        {
            text.AppendLine(RestatementText.Sentence(restatement, publication, lang));
        }

        return text.ToString();
    }
}
