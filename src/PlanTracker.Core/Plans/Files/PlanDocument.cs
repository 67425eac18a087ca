namespace PlanTracker.Core.Plans.Files;

/// <summary>The plan file as written, every field optional here so that <see cref="PlanFileChecks"/> can say which is missing.</summary>
internal sealed class PlanDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Territory { get; set; }

    public List<CommuneDocument?>? Communes { get; set; }

    public List<AxisDocument?>? Axes { get; set; }

    public string? Start { get; set; }

    public string? Deadline { get; set; }

    public Dictionary<string, int>? Targets { get; set; }

    public Dictionary<string, Dictionary<string, int>>? AxisTargets { get; set; }

    public Dictionary<string, Dictionary<string, int>>? CommuneTargets { get; set; }

    public Dictionary<string, Dictionary<string, decimal>>? Trajectories { get; set; }

    public ThresholdsDocument? Thresholds { get; set; }

    public int? GracePeriodDays { get; set; }

    internal sealed class CommuneDocument
    {
        public string? Name { get; set; }

        public string? Insee { get; set; }

        public List<string?>? PostalCodes { get; set; }

        public List<string?>? Aliases { get; set; }
    }

    internal sealed class AxisDocument
    {
        public int? Number { get; set; }

        public string? Fr { get; set; }

        public string? En { get; set; }
    }

    internal sealed class ThresholdsDocument
    {
        public decimal? OnTrack { get; set; }

        public decimal? Watch { get; set; }
    }
}
