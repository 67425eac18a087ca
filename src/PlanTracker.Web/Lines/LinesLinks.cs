using System.Globalization;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Publications;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Lines;

/// <summary>
/// Addresses of the lines behind a figure (<c>/p/{code}/lignes?indicateur=emplois&amp;asof=2026-T3&amp;axe=2</c>): plain
/// links computed from figures already on the page, so that the dashboard stays as fast as it was.
/// </summary>
public static class LinesLinks
{
    public const string Page = "/lignes";

    /// <summary>The indicator as the address names it: <c>emplois</c> or <c>cooperatives</c>.</summary>
    public static string Code(Indicator indicator) => indicator == Indicator.Jobs ? "emplois" : "cooperatives";

    public static bool TryParse(string? code, out Indicator indicator)
    {
        indicator = code == "cooperatives" ? Indicator.Cooperatives : Indicator.Jobs;
        return code is null or "" or "emplois" or "cooperatives";
    }

    /// <summary>The page of plan <paramref name="planCode"/> listing <paramref name="filter"/>'s lines, sorted and paged as asked.</summary>
    public static string Address(string planCode, LineFilter filter, string? sort = null, bool descending = false, int page = 1, string target = Page)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new("indicateur", Code(filter.Indicator)),
            new("asof", filter.AsOf.ToString()),
        };
        if (filter.Quarter is { } quarter)
        {
            query.Add(new("trimestre", quarter.ToString()));
        }

        if (filter.Axis is { } axis)
        {
            query.Add(new("axe", axis.ToString(CultureInfo.InvariantCulture)));
        }

        if (filter.Commune is { } commune)
        {
            query.Add(new("commune", commune));
        }

        if (sort is not null && sort != LineSort.Quarter || descending)
        {
            query.Add(new("tri", sort ?? LineSort.Quarter));
        }

        if (descending)
        {
            query.Add(new("ordre", "desc"));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return PlanRouting.PathOf(planCode, target) + QueryString.Create(query);
    }

    /// <summary>
    /// The lines behind a restated figure: its indicator and scope as of the published quarter, the latest batches
    /// first, so that the line a correction changed is at the top.
    /// </summary>
    public static string ForRestatement(CurrentPlan plan, Restatement restatement, Quarter asOf) =>
        Address(plan.Ref.Code, new LineFilter(
            restatement.Indicator,
            asOf,
            Axis: restatement.Scope == Restatements.Axis ? int.Parse(restatement.Key, CultureInfo.InvariantCulture) : null,
            Commune: restatement.Scope == Restatements.Commune ? restatement.Key : null), sort: "lot", descending: true);

    /// <summary>A dashboard card's figure: the indicator as of <paramref name="asOf"/>, in the axis or commune chosen, if any.</summary>
    public static string ForCard(CurrentPlan plan, Indicator indicator, Quarter asOf, Axis? axis, Commune? commune) =>
        Address(plan.Ref.Code, new LineFilter(indicator, asOf, Axis: axis?.Code, Commune: axis is null ? commune?.Name : null));
}
