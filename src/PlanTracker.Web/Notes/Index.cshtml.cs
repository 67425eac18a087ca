using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Notes;
using PlanTracker.Web.Account;
using PlanTracker.Web.Localization;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Notes;

/// <summary>
/// A quarter's note, or one axis's note in that quarter (<c>/p/{code}/notes?trimestre=2026-T3&amp;axe=2</c>): the
/// version in force and every earlier one for every reader; the form for planners and admins only, checked again on
/// the server when it is sent (role, assessment, text, quarter and axis), with a French message and nothing stored.
/// </summary>
public sealed class IndexModel(QuarterNoteStore notes, WebPlans plans, CurrentPlan current, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trimestre")]
    public string? QuarterText { get; set; }

    [BindProperty(SupportsGet = true, Name = "axe")]
    public int? Axis { get; set; }

    [BindProperty(Name = "evaluation")]
    public string? AssessmentText { get; set; }

    [BindProperty(Name = "texte")]
    public string? Text { get; set; }

    public Plan Plan { get; private set; } = Plan.Default;

    public Quarter Quarter { get; private set; }

    /// <summary>Every version of this quarter's and axis's note, newest first.</summary>
    public IReadOnlyList<QuarterNote> History { get; private set; } = [];

    public QuarterNote? InForce => History.Count > 0 ? History[0] : null;

    public string? Problem { get; private set; }

    public bool Saved { get; private set; }

    /// <summary>The address names a quarter of the plan and one of its axes (or none): the form may be shown.</summary>
    public bool AddressValid { get; private set; }

    public bool CanWrite => Roles.CanWriteNotes(User.FindFirstValue(ClaimTypes.Role));

    public async Task<IActionResult> OnGetAsync(bool enregistre = false)
    {
        Saved = enregistre;
        if (!await LoadAsync())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Text = InForce?.Text;
        AssessmentText = InForce?.Assessment.Code();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanWrite)
        {
            return Forbid();
        }

        if (!await LoadAsync())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var lang = Language.Of(HttpContext);
        if (!Assessments.TryParse(AssessmentText, out var assessment))
        {
            Problem = lang == "en"
                ? $"Choose an assessment: {Assessments.AcceptedWords(lang)}."
                : $"Choisissez une auto-évaluation : {Assessments.AcceptedWords(lang)}.";
        }
        else if (NoteText.Problem(Text, lang) is { } problem)
        {
            Problem = problem;
        }
        else
        {
            await notes.AddAsync(Quarter, Axis, assessment, Text!, User.Identity?.Name ?? "", HttpContext.RequestAborted);
            return Redirect(Address(Quarter, Axis) + "&enregistre=true");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>This page for another quarter or axis.</summary>
    public string Address(Quarter quarter, int? axis) =>
        current.Path("/notes") + QueryString.Create(new Dictionary<string, string?> { ["trimestre"] = quarter.ToString(), ["axe"] = axis?.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => p.Value is not null));

    // The plan, the quarter (default: the dashboard's) and the axis; false with Problem set when the address names a
    // quarter or an axis the plan does not have.
    private async Task<bool> LoadAsync()
    {
        var lang = Language.Of(HttpContext);
        Plan = await plans.LoadAsync(current.Id, HttpContext.RequestAborted);
        Quarter = PlanSnapshot.DefaultAsOf(Plan, time);
        if (QuarterText is not null && !Quarter.TryParse(QuarterText, out var asked))
        {
            Problem = lang == "en"
                ? $"\"{QuarterText}\" is not a quarter (expected 2026-T3)."
                : $"« {QuarterText} » n'est pas un trimestre (attendu : 2026-T3).";
            return false;
        }

        if (QuarterText is not null && Quarter.TryParse(QuarterText, out var quarter))
        {
            Problem = NoteScope.Problem(Plan, quarter, Axis, lang);
            if (Problem is not null)
            {
                return false;
            }

            Quarter = quarter;
        }
        else if (NoteScope.Problem(Plan, Quarter, Axis, lang) is { } problem)
        {
            Problem = problem;
            return false;
        }

        History = (await notes.ListAsync(Quarter, HttpContext.RequestAborted)).Where(n => n.Axis == Axis).ToList();
        AddressValid = true;
        return true;
    }
}
