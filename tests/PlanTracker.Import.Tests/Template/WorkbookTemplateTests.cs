using System.IO.Compression;
using ClosedXML.Excel;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Import.Template;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Template;

public class WorkbookTemplateTests
{
    private static byte[] Template(string lang = "fr")
    {
        using var stream = new MemoryStream();
        WorkbookTemplate.Write(stream, Plan.Default, lang);
        return stream.ToArray();
    }

    [TestCase("fr")]
    [TestCase("en")]
    public void The_blank_template_parses_with_no_error_and_no_line(string lang)
    {
        var parsed = TestParser.Parse(Template(lang));
        parsed.Errors.Should().BeEmpty(string.Join("\n", parsed.Errors.Select(e => e.Describe("fr"))));
        parsed.Warnings.Should().BeEmpty();
        parsed.Jobs.Should().BeEmpty();
        parsed.Cooperatives.Should().BeEmpty();
        parsed.JobsSheet.Should().NotBeNull();
        parsed.CooperativesSheet.Should().NotBeNull();
    }

    [Test]
    public void Sheets_come_instructions_first_with_the_lists_hidden()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Template()));
        workbook.Worksheets.Select(s => s.Name).Should().Equal("Instructions", "Emplois", "Coopératives", "Listes");
        workbook.Worksheet("Listes").Visibility.Should().Be(XLWorksheetVisibility.Hidden);
        workbook.Worksheet("Instructions").Cell("A1").GetString().Should().Contain("2024–2030");
    }

    [Test]
    public void Headers_are_the_spec_ones_with_required_ones_starred()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Template()));
        // Today's headers, then the optional columns of job nature and of the cooperative pipeline.
        workbook.Worksheet("Emplois").Row(1).CellsUsed().Select(c => c.GetString()).Should().Equal(JobRows.Header.Cast<string>().Append("Nature"));
        workbook.Worksheet("Coopératives").Row(1).CellsUsed().Select(c => c.GetString())
            .Should().Equal(CooperativeRows.Header.Cast<string>().Concat(["Origine", "Stade", "Date de cessation"]));
    }

    [Test]
    public void Siret_columns_are_text_and_widths_are_set()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Template()));
        workbook.Worksheet("Emplois").Cell("B2").Style.NumberFormat.Format.Should().Be("@");
        workbook.Worksheet("Coopératives").Cell("B2").Style.NumberFormat.Format.Should().Be("@");
        workbook.Worksheet("Emplois").Column("C").Width.Should().BeGreaterThan(30);
    }

    [Test]
    public void Drop_downs_read_from_the_hidden_lists_sheet()
    {
        using var archive = new ZipArchive(new MemoryStream(Template()));
        using var reader = new StreamReader(archive.GetEntry("xl/worksheets/sheet2.xml")!.Open());
        var xml = reader.ReadToEnd();
        xml.Should().Contain("type=\"list\"").And.Contain("Listes!$A$2:$A$9").And.Contain("Listes!$B$2:$B$4").And.Contain("Listes!$C$2:$C$6").And.Contain("Listes!$F$2:$F$3");
        using var coops = new StreamReader(archive.GetEntry("xl/worksheets/sheet3.xml")!.Open());
        coops.ReadToEnd().Should().Contain("Listes!$G$2:$G$6").And.Contain("Listes!$H$2:$H$4");
    }

    [TestCase("fr")]
    [TestCase("en")]
    public void Every_drop_down_value_parses_back(string lang)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Template(lang)));
        var lists = workbook.Worksheet(4);
        var jobs = workbook.Worksheet(2);
        var coops = workbook.Worksheet(3);
        var communes = lists.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        var axes = lists.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        var contracts = lists.Column(3).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        var forms = lists.Column(4).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        var quarters = lists.Column(5).CellsUsed().Skip(1).Select(c => c.GetString()).Where(q => string.CompareOrdinal(q, "2026-T4") <= 0).ToList();
        (communes.Count, axes.Count, contracts.Count, forms.Count).Should().Be((8, 3, 5, 5));
        for (var i = 0; i < communes.Count; i++)
        {
            var row = i + 2;
            jobs.Cell(row, 1).SetValue(quarters[i % quarters.Count]);
            jobs.Cell(row, 2).SetValue(Sirets.Numbered(i));
            jobs.Cell(row, 3).SetValue("Structure " + i);
            jobs.Cell(row, 4).SetValue(communes[i]);
            jobs.Cell(row, 5).SetValue(axes[i % axes.Count]);
            jobs.Cell(row, 6).SetValue(2);
            jobs.Cell(row, 8).SetValue(contracts[i % contracts.Count]);
            coops.Cell(row, 1).SetValue("Coop " + i);
            coops.Cell(row, 3).SetValue(forms[i % forms.Count]);
            coops.Cell(row, 4).SetValue(new DateTime(2025, 1, 15));
            coops.Cell(row, 5).SetValue(communes[i]);
            coops.Cell(row, 6).SetValue(axes[i % axes.Count]);
        }

        using var filled = new MemoryStream();
        workbook.SaveAs(filled);
        var parsed = TestParser.Parse(filled.ToArray());
        parsed.Errors.Should().BeEmpty(string.Join("\n", parsed.Errors.Select(e => e.Describe("fr"))));
        parsed.Jobs.Select(j => j.Commune.Name).Should().Equal(communes);
        parsed.Jobs.Select(j => j.ContractType).Distinct().Should().BeEquivalentTo(ContractTypes.Choices);
        parsed.Cooperatives.Select(c => c.LegalForm).Distinct().Should().BeEquivalentTo(LegalForms.All);
        parsed.Jobs.Select(j => j.Axis.Code).Distinct().Should().BeEquivalentTo([1, 2, 3]);
    }
}
