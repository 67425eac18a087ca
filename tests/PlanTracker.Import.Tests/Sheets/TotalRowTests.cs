using PlanTracker.Core.Text;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Tests.Sheets;

/// <summary>The "Total" row check skips the fold for ASCII text: it must answer exactly what the fold answers.</summary>
public class TotalRowTests
{
    [TestCase("Total")]
    [TestCase("TOTAL général")]
    [TestCase("  total")]
    [TestCase("To-tal")]
    [TestCase("t.o.t.a.l")]
    [TestCase("Totaux")]
    [TestCase("Sous-total")]
    [TestCase("tota")]
    [TestCase("tot")]
    [TestCase("2025-T1")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("T°tal")]
    [TestCase("Tôtal")]
    [TestCase("Tot\u0301al")]
    [TestCase("\u00A0Total")]
    [TestCase("ｔｏｔａｌ")]
    [TestCase("Total\u0301")]
    [TestCase("Totał")]
    [TestCase("Œtotal")]
    [TestCase("_total_")]
    [TestCase("1total")]
    public void Answers_as_the_fold_does(string text) =>
        TableReader.FoldsToTotal(text).Should().Be(TextKey.Fold(text).StartsWith("total", StringComparison.Ordinal));

    [Test]
    public void Answers_as_the_fold_does_on_generated_text()
    {
        var random = new Random(7);
        char[] alphabet = ['t', 'T', 'o', 'O', 'a', 'l', 'L', ' ', '-', '.', '*', '1', 'é', 'ô', '°', '\u0301', '\u00A0', 'x', 'œ'];
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var prefixed = random.Next(2) == 0 ? "Total" + text : text;
            TableReader.FoldsToTotal(prefixed).Should().Be(TextKey.Fold(prefixed).StartsWith("total", StringComparison.Ordinal), prefixed);
        }
    }
}
