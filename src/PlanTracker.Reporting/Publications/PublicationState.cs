using PlanTracker.Data.Publications;

namespace PlanTracker.Reporting.Publications;

/// <summary>
/// What a view of a quarter says about publishing: the publication it shows or the latest of its quarter (null when
/// none), and what moved since (empty when nothing did).
/// </summary>
/// <param name="ShowsPublication">The figures shown are the published ones (<c>--publication</c>), not the current data.</param>
public sealed record PublicationState(Publication? Publication, IReadOnlyList<Restatement> Restatements, bool ShowsPublication)
{
    public static PublicationState None { get; } = new(null, [], false);
}
