using PlanTracker.Core.Text;

namespace PlanTracker.Core.Records;

/// <summary>
/// Where a cooperative stands: a project, a project in support (accompanied), or registered (immatriculée). Only
/// registered cooperatives with a creation date count toward the plan's target; the others are its pipeline.
/// </summary>
public enum CooperativeStage
{
    Project,
    InSupport,
    Registered,
}

public static class CooperativeStages
{
    public static IReadOnlyList<CooperativeStage> All { get; } = Enum.GetValues<CooperativeStage>();

    /// <summary>The stored code: PROJET, ACCOMPAGNEMENT, IMMATRICULEE.</summary>
    public static string Code(this CooperativeStage stage) => stage switch
    {
        CooperativeStage.Project => "PROJET",
        CooperativeStage.InSupport => "ACCOMPAGNEMENT",
        _ => "IMMATRICULEE",
    };

    public static CooperativeStage FromCode(string code) => All.First(s => s.Code() == code);

    public static bool IsPipeline(this CooperativeStage stage) => stage != CooperativeStage.Registered;

    public static string Label(this CooperativeStage stage, string lang = "fr") => (stage, lang) switch
    {
        (CooperativeStage.Project, "en") => "project",
        (CooperativeStage.Project, _) => "projet",
        (CooperativeStage.InSupport, "en") => "in support",
        (CooperativeStage.InSupport, _) => "en accompagnement",
        (_, "en") => "registered",
        _ => "immatriculée",
    };

    private static readonly Dictionary<string, CooperativeStage> Aliases = new(StringComparer.Ordinal)
    {
        ["projet"] = CooperativeStage.Project,
        ["project"] = CooperativeStage.Project,
        ["enaccompagnement"] = CooperativeStage.InSupport,
        ["accompagnement"] = CooperativeStage.InSupport,
        ["accompagnee"] = CooperativeStage.InSupport,
        ["insupport"] = CooperativeStage.InSupport,
        ["immatriculee"] = CooperativeStage.Registered,
        ["registered"] = CooperativeStage.Registered,
    };

    /// <summary>Case, accents and spaces ignored. A blank cell is decided by the row (registered when dated).</summary>
    public static bool TryParse(string? text, out CooperativeStage stage) => Aliases.TryGetValue(TextKey.Fold(text), out stage);

    public static string ChoicesList => string.Join(", ", All.Select(s => s.Label()));
}
