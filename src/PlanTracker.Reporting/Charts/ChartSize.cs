namespace PlanTracker.Reporting.Charts;

/// <summary>A chart's size in pixels (PNG) or user units (SVG).</summary>
public readonly record struct ChartSize
{
    public static readonly ChartSize Default = new(1000, 560);

    public ChartSize(int width, int height)
    {
        // Charts scale their 1000 × 560 layout: below these bounds the text would shrink under ~8 px; above, a typo.
        if (width is < 640 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Chart width must be between 640 and 4000 pixels.");
        }

        if (height is < 360 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "Chart height must be between 360 and 4000 pixels.");
        }

        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    public override string ToString() => $"{Width}x{Height}";
}
