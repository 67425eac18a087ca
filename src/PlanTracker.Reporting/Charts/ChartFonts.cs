using SkiaSharp;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// The one font every chart uses. We ship none and depend on the Debian package fonts-dejavu-core: it covers French
/// (é, à, ç, œ, «», —, no-break spaces) and is on every Debian/Ubuntu server image.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    // Every character our labels may contain beyond ASCII: a font that lacks one draws an empty box.
    private const string RequiredCharacters = "éèêàâçôûùïœÉÀ—–’«»\u00A0\u202F%";

    private static readonly Lazy<string> Checked = new(() =>
    {
        Require(Family);
        ScottPlot.Fonts.Default = Family;
        return Family;
    });

    /// <summary>Checks once per process that <see cref="Family"/> is installed and makes it ScottPlot's default.</summary>
    /// <exception cref="ChartFontMissingException">The font is missing or lacks French characters.</exception>
    public static string EnsureInstalled() => Checked.Value;

    /// <summary>Throws unless <paramref name="family"/> is installed with every character French labels need.</summary>
    public static void Require(string family)
    {
        // MatchFamily returns null for a missing family, where ScottPlot's GetTypeface silently falls back to another font.
        using var typeface = SKFontManager.Default.MatchFamily(family);
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            throw new ChartFontMissingException(family);
        }

        using var font = new SKFont(typeface);
        if (!font.ContainsGlyphs(RequiredCharacters))
        {
            throw new ChartFontMissingException(family);
        }
    }
}
