using PlanTracker.Reporting.Exports;

namespace PlanTracker.Reporting.Tests.Exports;

public class FormulaGuardTests
{
    [TestCase("=1+1")]
    [TestCase("+33 1 23 45 67 89")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    [TestCase("\t=1+1")]
    [TestCase("\r=1+1")]
    public void ForCsv_RiskyStart_GetsALeadingApostrophe(string text)
    {
        FormulaGuard.IsRisky(text).Should().BeTrue();
        FormulaGuard.ForCsv(text).Should().Be("'" + text);
    }

    [TestCase("Association Envol")]
    [TestCase("1-2")]
    [TestCase("a=b")]
    [TestCase(" =1+1")]
    [TestCase("")]
    [TestCase(null)]
    public void ForCsv_SafeText_IsUnchanged(string? text)
    {
        FormulaGuard.IsRisky(text).Should().BeFalse();
        FormulaGuard.ForCsv(text).Should().Be(text ?? "");
    }
}
