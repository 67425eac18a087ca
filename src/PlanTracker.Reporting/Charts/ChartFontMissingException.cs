namespace PlanTracker.Reporting.Charts;

/// <summary>
/// The chart font is not installed. Raised before drawing anything: without the font SkiaSharp silently draws charts
/// with no text at all, which is worse than no chart.
/// </summary>
public sealed class ChartFontMissingException(string family)
    : Exception($"The chart font \"{family}\" is not installed, so charts would be drawn without any text. "
                + "Install it (Debian/Ubuntu: apt-get install fonts-dejavu-core) and check with: fc-list | grep \"" + family + "\".")
{
    public string Family { get; } = family;
}
