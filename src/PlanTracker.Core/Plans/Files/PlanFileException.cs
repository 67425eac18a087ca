namespace PlanTracker.Core.Plans.Files;

/// <summary>A plan file refused, with every mistake found in it (the message lists them in French).</summary>
public sealed class PlanFileException(IReadOnlyList<PlanFileError> errors) : FormatException(Describe(errors, "fr"))
{
    public IReadOnlyList<PlanFileError> Errors { get; } = errors;

    public string Describe(string lang) => Describe(Errors, lang);

    private static string Describe(IReadOnlyList<PlanFileError> errors, string lang) =>
        (lang == "en" ? "Plan file refused:" : "Fichier de plan refusé :") + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(e => "- " + e.Message(lang)));
}
