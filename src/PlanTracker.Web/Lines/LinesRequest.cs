using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Plans;
using PlanTracker.Data.Lines;
using PlanTracker.Reporting.Sources;
using PlanTracker.Web.Localization;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Lines;

/// <summary>
/// What the lines page and its export share: the filters of the address (French names, as the dashboard writes them),
/// read against the plan into a <see cref="LineFilter"/>, or a precise message for a value the plan does not know.
/// </summary>
public abstract class LinesRequest(WebPlans plans, CurrentPlan current, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "indicateur")]
    public string? Indicateur { get; set; }

    [BindProperty(SupportsGet = true, Name = "asof")]
    public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true, Name = "trimestre")]
    public string? Trimestre { get; set; }

    [BindProperty(SupportsGet = true, Name = "axe")]
    public string? Axe { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true, Name = "ordre")]
    public string? Ordre { get; set; }

    public Plan Plan { get; private set; } = Plan.Default;

    /// <summary>The filter, or null when <see cref="Error"/> says which value is wrong.</summary>
    public LineFilter? Filter { get; private set; }

    public string? Error { get; private set; }

    /// <summary>A known sort key (<see cref="LineSort"/>); anything else sorts by quarter.</summary>
    public string Sort => LineSort.Known(Tri);

    public bool Descending => Ordre == "desc";

    protected CurrentPlan Current => current;

    /// <summary>Loads the plan and reads the filters; false (and 400) when a value is wrong.</summary>
    protected async Task<bool> ResolveAsync()
    {
        var lang = Language.Of(HttpContext);
        Plan = await plans.LoadAsync(current.Id, HttpContext.RequestAborted);
        if (!LinesLinks.TryParse(Indicateur, out var indicator))
        {
            Error = lang == "en"
                ? $"indicateur: \"{Indicateur}\" is not an indicator (expected emplois or cooperatives)."
                : $"indicateur : « {Indicateur} » n'est pas un indicateur (attendu : emplois ou cooperatives).";
        }
        else
        {
            Filter = LineFilterReader.Read(Plan, time, indicator, AsOf, Trimestre, Axe, Commune, lang, out var error);
            if (error is { } e)
            {
                var name = e.Field switch { "asOf" => "asof", "quarter" => "trimestre", "axis" => "axe", _ => "commune" };
                Error = lang == "en" ? $"{name}: {e.Message}" : $"{name} : {e.Message}";
            }
        }

        if (Filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Filter is not null;
    }
}
