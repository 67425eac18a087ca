using System.Text;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Reporting.Tests.Exports;

public class CsvExportTests
{
    private static byte[] Export(char separator = ';')
    {
        using var stream = new MemoryStream();
        CsvExport.WriteDetailedLines(Seeded.Snapshot(), TestLines.All, stream, separator);
        var bytes = stream.ToArray();
        File.WriteAllBytes(Path.Combine(TestContext.CurrentContext.WorkDirectory, TestContext.CurrentContext.Test.Name + ".csv"), bytes);
        return bytes;
    }

    private static string[] Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void WriteDetailedLines_StartsWithUtf8BomAndSemicolonHeader()
    {
        var bytes = Export();

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Lines(bytes);
        lines[0].Should().StartWith("Type;Trimestre;SIRET;Nom;Commune;Axe;");
        lines.Should().HaveCount(6, "a header and the five lines up to 2026-T3");
    }

    [Test]
    public void WriteDetailedLines_Semicolon_UsesDecimalCommaAndKeepsSiretDigits()
    {
        var line = Lines(Export()).Single(l => l.Contains("Régie de quartier", StringComparison.Ordinal));

        line.Should().Be("Emplois;2026-T3;01234567890123;Régie de quartier du Blanc-Mesnil;Le Blanc-Mesnil;2;CDDI/Insertion;3;2,5;;"
                         + "\"Trois CDDI; une alternance\";11;PTE_2026-T3_Blanc-Mesnil.xlsx;2026-11-26 09:30:00;Emplois;7");
    }

    [Test]
    public void WriteDetailedLines_Comma_UsesInvariantDotAndQuotesFieldsWithCommas()
    {
        var lines = Lines(Export(','));

        lines[0].Should().StartWith("Type,Trimestre,SIRET,Nom,");
        lines.Single(l => l.Contains("Régie", StringComparison.Ordinal)).Should().Contain(",3,2.5,,Trois CDDI; une alternance,11,");
        lines.Should().Contain(l => l.Contains(",\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"Cliquez ici\"\")\",", StringComparison.Ordinal));
        lines.Single(l => l.Contains("SCIC Envol", StringComparison.Ordinal)).Should().Contain(",2025-05-14,");
    }

    [Test]
    public void WriteDetailedLines_HostileFields_StartWithAnApostrophe()
    {
        var text = Encoding.UTF8.GetString(Export());

        text.Should().Contain("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"Cliquez ici\"\")\"", "quoted because of its quotes, then neutralised");
        text.Should().Contain(";'+cmd|' /C calc'!A0;").And.Contain(";'-2+3;").And.Contain(";'@SUM(1+1)*cmd|' /C calc'!A0;");
        text.Should().Contain(";'\t=1+1;").And.Contain(";\"'\r=1+1\";").And.Contain(";'=cmd.xlsx;");
        text.Should().NotMatchRegex("(^|[;\\n])[=+@-]", "no field may start with a formula character");
    }

    [Test]
    public void WriteDetailedLines_OtherSeparator_IsRefused()
    {
        var act = () => CsvExport.WriteDetailedLines(Seeded.Snapshot(), TestLines.All, new MemoryStream(), '|');

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*';' (default) or ','*");
    }

    [Test]
    public void WriteFlows_BothIndicatorsAddUpToTheSnapshotTotals()
    {
        using var stream = new MemoryStream();
        CsvExport.WriteFlows(Seeded.Snapshot(), stream);
        var lines = Lines(stream.ToArray());

        lines[0].Should().Be("Indicateur;Trimestre;Fin du trimestre;Année;Axe;Libellé de l'axe;Commune;Valeur");
        decimal Sum(string indicator) => lines.Skip(1).Where(l => l.StartsWith(indicator + ";", StringComparison.Ordinal))
            .Sum(l => decimal.Parse(l.Split(';')[^1], System.Globalization.CultureInfo.InvariantCulture));
        Sum("Emplois créés").Should().Be(Seeded.JobsTotal);
        Sum("Nouvelles coopératives").Should().Be(Seeded.CooperativesTotal);
    }
}
