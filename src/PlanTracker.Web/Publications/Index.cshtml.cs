using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data.Publications;
using PlanTracker.Reporting.Publications;
using PlanTracker.Web.Plans;

namespace PlanTracker.Web.Publications;

/// <summary>
/// Publier: the plan's publications, and publishing a quarter in two steps, the figures shown first (GET with
/// <c>?asOf=</c>), then frozen by the POST (antiforgery). Administrators of the plan only (<see cref="Account.Roles.PublishPolicy"/>).
/// </summary>
public sealed class IndexModel(PublishedFigures published, Dashboard.DashboardFigures dashboard, WebPlans plans, CurrentPlan current, TimeProvider time)
    : PageModel
{
    /// <summary>Long enough for a meeting's name and date, as the CLI's <c>--note</c>.</summary>
    public const int NoteMaxLength = 500;

    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public Plan Plan { get; private set; } = Plan.Default;

    public Quarter Latest { get; private set; }

    /// <summary>The quarter to confirm, with its figures as they stand; null until one is chosen.</summary>
    public PlanSnapshot? ToPublish { get; private set; }

    public Publication? Done { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<Publication> Publications { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (ToPublish is null)
        {
            Error ??= T("Choisissez le trimestre à publier.", "Choose the quarter to publish.");
            return Page();
        }

        var note = Note is null ? null : new string(Note.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (note is { Length: > NoteMaxLength })
        {
            Error = T($"La note fait {note.Length} caractères ; {NoteMaxLength} au plus.", $"The note has {note.Length} characters; {NoteMaxLength} at most.");
            return Page();
        }

        Done = await published.PublishAsync(Plan, ToPublish.AsOf, User.Identity?.Name ?? "", string.IsNullOrEmpty(note) ? null : note, HttpContext.RequestAborted);
        Publications = await published.Store.ListAsync(current.Id, HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync()
    {
        var aborted = HttpContext.RequestAborted;
        Plan = await plans.LoadAsync(current.Id, aborted);
        Latest = PlanSnapshot.DefaultAsOf(Plan, time);
        Publications = await published.Store.ListAsync(current.Id, aborted);
        if (string.IsNullOrEmpty(AsOf))
        {
            return;
        }

        if (!Quarter.TryParse(AsOf, out var quarter) || !Plan.Contains(quarter) || quarter > Latest)
        {
            Error = T($"« {AsOf} » n'est pas un trimestre achevé du plan ({Plan.FirstQuarter} à {Latest}).",
                $"\"{AsOf}\" is not a completed quarter of the plan ({Plan.FirstQuarter} to {Latest}).");
            return;
        }

        AsOf = quarter.ToString();
        var version = await dashboard.VersionAsync(aborted);
        ToPublish = await dashboard.SnapshotAsync(version, current.Id, Plan, quarter, aborted);
    }

    private string T(string fr, string en) => Localization.Language.Of(HttpContext) == "en" ? en : fr;
}
