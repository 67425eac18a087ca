using PlanTracker.Core.Text;

namespace PlanTracker.Core.Records;

/// <summary>
/// What a job line counts: jobs created (the plan's indicator) or jobs consolidated (saved or made permanent), which
/// are shown beside the created ones and never added to them. A blank cell means <see cref="Creation"/>.
/// </summary>
public enum JobNature
{
    Creation,
    Consolidation,
}

public static class JobNatures
{
    public static IReadOnlyList<JobNature> All { get; } = Enum.GetValues<JobNature>();

    /// <summary>The stored code, stable across languages: CREATION, CONSOLIDATION.</summary>
    public static string Code(this JobNature nature) => nature == JobNature.Consolidation ? "CONSOLIDATION" : "CREATION";

    public static JobNature FromCode(string code) => All.First(n => n.Code() == code);

    public static string Label(this JobNature nature, string lang = "fr") => (nature, lang) switch
    {
        (JobNature.Consolidation, _) => "consolidation",
        (_, "en") => "creation",
        _ => "création",
    };

    private static readonly Dictionary<string, JobNature> Aliases = new(StringComparer.Ordinal)
    {
        [""] = JobNature.Creation,
        ["creation"] = JobNature.Creation,
        ["cree"] = JobNature.Creation,
        ["consolidation"] = JobNature.Consolidation,
        ["consolide"] = JobNature.Consolidation,
    };

    /// <summary>Case and accents ignored; a blank means "création".</summary>
    public static bool TryParse(string? text, out JobNature nature) => Aliases.TryGetValue(TextKey.Fold(text), out nature);

    public static string ChoicesList => string.Join(", ", All.Select(n => n.Label()));
}
