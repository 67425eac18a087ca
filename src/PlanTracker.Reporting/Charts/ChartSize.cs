namespace PlanTracker.Reporting.Charts;

/// <summary>A chart's size in pixels (PNG) or user units (SVG).</summary>
public readonly record struct ChartSize
{
    public static readonly ChartSize Default = new(1000, 560);

    public ChartSize(int width, int height)
    {
        // Below this the eight commune names and the legend cannot fit without overlapping; above it is a typo.
        if (width is < 480 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Chart width must be between 480 and 4000 pixels.");
        }

        if (height is < 300 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "Chart height must be between 300 and 4000 pixels.");
        }

        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    public override string ToString() => $"{Width}x{Height}";
}
