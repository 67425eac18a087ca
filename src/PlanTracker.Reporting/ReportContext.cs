using PlanTracker.Core.Completeness;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Text;
using PlanTracker.Data.Figures;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Publications;

namespace PlanTracker.Reporting;

/// <summary>What a report needs beyond the figures: the data's freshness, the language and the chart size.</summary>
public sealed record ReportContext
{
    /// <summary>When the newest batch still in force was imported (FiguresStore.LastImportAsync); null before any import.</summary>
    public DateTimeOffset? LastImport { get; init; }

    /// <summary>"fr" (default) or "en"; anything else falls back to French.</summary>
    public string Lang
    {
        get;
        init => field = Display.Language(value);
    } = "fr";

    /// <summary>
    /// Structures that reported before but not for the as-of quarter. Null when the caller does not know (the report
    /// then lists only communes without job lines); empty when every structure reported.
    /// </summary>
    public IReadOnlyList<UnreportedStructure>? UnreportedStructures { get; init; }

    /// <summary>Who has sent their figures for the as-of quarter (ReportingCycleStore); null when the caller did not read it.</summary>
    public ReportingCompleteness? Completeness { get; init; }

    /// <summary>The as-of quarter's notes in force, shown under the cards; null or empty for none.</summary>
    public QuarterNotes? Notes { get; init; }

    public ChartSize ChartSize { get; init; } = ChartSize.Default;

    /// <summary>The quarter's publication and what moved since, or the publication shown; none by default.</summary>
    public PublicationState Publication { get; init; } = PublicationState.None;
}
