using PlanTracker.Data.Plans;

namespace PlanTracker.Web.Plans;

/// <summary>
/// The plan of this request: the one its address names (<c>/p/{code}/…</c>), or the home plan for the addresses
/// without one. Set by <see cref="PlanRouting"/> before authentication (the account's role is the role on this plan);
/// unset on the pages that belong to no plan (sign-in, setup, the list of plans).
/// </summary>
public sealed class CurrentPlan
{
    private PlanRef? _plan;

    public bool IsSet => _plan is not null;

    public PlanRef Ref => _plan ?? throw new InvalidOperationException("This page belongs to no plan.");

    public int Id => Ref.Id;

    /// <summary>
    /// The address of <paramref name="page"/> in this plan: <c>Path("/imports")</c> is <c>/p/{code}/imports</c>; on a page
    /// of no plan, the address without a plan (which leads to the home plan or to the list of plans).
    /// </summary>
    public string Path(string page = "/") => _plan is { } plan ? PlanRouting.PathOf(plan.Code, page) : page;

    internal void Set(PlanRef plan) => _plan = plan;
}
