using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PlanTracker.Web.Localization;

/// <summary>Base of every page: <c>@T("français", "English")</c> picks the visitor's language.</summary>
public abstract class LocalizedPage : Page
{
    public string Lang => Language.Of(HttpContext);

    public string T(string fr, string en) => Lang == "en" ? en : fr;
}
