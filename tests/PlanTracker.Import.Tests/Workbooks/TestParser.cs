using Microsoft.Extensions.Time.Testing;
using PlanTracker.Core.Plans;

namespace PlanTracker.Import.Tests.Workbooks;

/// <summary>Parses with the default plan and a clock stopped at 26/11/2026 (current quarter 2026-T4).</summary>
internal static class TestParser
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Now);

    public static ParsedWorkbook Parse(byte[] bytes, ImportLimits? limits = null, string fileName = "releve-T1.xlsx") =>
        WorkbookParser.Parse(bytes, fileName, Plan.Default, Clock(), limits ?? ImportLimits.Default);

    /// <summary>Parses and expects exactly one error; returns it.</summary>
    public static ImportError SingleError(byte[] bytes)
    {
        var parsed = Parse(bytes);
        parsed.Errors.Should().ContainSingle(because: string.Join(Environment.NewLine, parsed.Errors.Select(e => e.Describe("fr"))));
        return parsed.Errors[0];
    }
}
