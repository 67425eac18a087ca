namespace PlanTracker.Reporting.Charts;

/// <summary>French first, English on request: both texts sit side by side where they are used.</summary>
internal static class Localized
{
    public static string Text(string lang, string fr, string en) => lang == "en" ? en : fr;
}
