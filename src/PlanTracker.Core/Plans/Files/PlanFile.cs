using System.Text.Json;

namespace PlanTracker.Core.Plans.Files;

/// <summary>
/// Reads a plan file (JSON: the plan's code and name, its territory's communes and axes, window, targets, thresholds),
/// refusing one with mistakes with every mistake listed. The fields and rules are in docs/plan-file.md.
/// </summary>
public static class PlanFile
{
    public static PlanFileResult Read(string json)
    {
        PlanDocument? document;
        try
        {
            document = PlanDocumentReader.Read(json);
        }
        catch (JsonException e)
        {
            // A syntax error has a line; a value of the wrong type has the path where it is.
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$', '.');
            return new PlanFileResult(null, [e.LineNumber is { } line
                ? new PlanFileError(where, $"JSON illisible (ligne {line + 1}).", $"unreadable JSON (line {line + 1}).")
                : new PlanFileError(where, "valeur du mauvais type.", "a value of the wrong type.")]);
        }

        return document is null
            ? new PlanFileResult(null, [new PlanFileError("$", "fichier vide.", "empty file.")])
            : new PlanFileChecks(document).Run();
    }

    /// <summary>The plan, or <see cref="PlanFileException"/> listing every mistake.</summary>
    public static Plan Parse(string json)
    {
        var result = Read(json);
        return result.Plan ?? throw new PlanFileException(result.Errors);
    }
}
