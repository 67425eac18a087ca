using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Tests.Charts;

/// <summary>Saves a rendered chart as &lt;TestName&gt;.png/.svg in the test output, and reads back what tests assert on.</summary>
internal static class ChartFiles
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Save(RenderedChart chart, string? suffix = null)
    {
        var name = Path.Combine(TestContext.CurrentContext.WorkDirectory, SafeName(TestContext.CurrentContext.Test.Name) + suffix);
        File.WriteAllBytes(name + ".png", chart.Png);
        File.WriteAllText(name + ".svg", chart.Svg, new UTF8Encoding(false));
    }

    public static bool HasPngSignature(byte[] png) => png.Length > 24 && png.AsSpan(0, 8).SequenceEqual(PngSignature);

    /// <summary>Width and height from the IHDR chunk, which the PNG format puts first, right after the signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Encoding.ASCII.GetString(png, 12, 4).Should().Be("IHDR");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>Every text element of the SVG, trimmed, entities decoded: parsing also proves the SVG is well-formed.</summary>
    public static IReadOnlyList<string> SvgTexts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray());
}
