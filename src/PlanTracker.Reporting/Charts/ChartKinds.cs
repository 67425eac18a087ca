namespace PlanTracker.Reporting.Charts;

public static class ChartKinds
{
    public static IReadOnlyList<ChartKind> All { get; } = Enum.GetValues<ChartKind>();

    /// <summary>The file name without extension: ASCII, the same in both languages so that scripts can rely on it.</summary>
    public static string FileStem(this ChartKind kind) => kind switch
    {
        ChartKind.Jobs => "emplois-crees",
        ChartKind.Cooperatives => "nouvelles-cooperatives",
        ChartKind.Axes => "progression-par-axe",
        ChartKind.Communes => "par-commune",
        ChartKind.QuarterlyFlow => "flux-trimestriel",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Title(this ChartKind kind, string lang) => (kind, lang == "en") switch
    {
        (ChartKind.Jobs, false) => "Emplois créés",
        (ChartKind.Jobs, true) => "Jobs created",
        (ChartKind.Cooperatives, false) => "Nouvelles coopératives",
        (ChartKind.Cooperatives, true) => "New cooperatives",
        (ChartKind.Axes, false) => "Progression par axe",
        (ChartKind.Axes, true) => "Progress by axis",
        (ChartKind.Communes, false) => "Par commune",
        (ChartKind.Communes, true) => "By commune",
        (ChartKind.QuarterlyFlow, false) => "Flux trimestriel",
        (ChartKind.QuarterlyFlow, true) => "Quarterly flow",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
