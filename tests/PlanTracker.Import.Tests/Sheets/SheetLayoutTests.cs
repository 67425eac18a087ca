using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Sheets;

/// <summary>Finding the sheets, the header row and the end of the table, as real officers lay them out.</summary>
public class SheetLayoutTests
{
    [TestCase("Emplois")]
    [TestCase("EMPLOIS CRÉÉS")]
    [TestCase("emplois crees")]
    [TestCase(" Jobs ")]
    public void The_jobs_sheet_is_found_by_any_alias_ignoring_case_accents_and_spaces(string name)
    {
        var parsed = TestParser.Parse(new XlsxBuilder().Sheet(name, JobRows.Header, JobRows.Line()).Build());
        parsed.Errors.Should().BeEmpty();
        parsed.JobsSheet.Should().Be(name);
        parsed.Jobs.Should().ContainSingle().Which.SourceSheet.Should().Be(name);
    }

    [TestCase("Coopératives")]
    [TestCase("Créations de coopératives")]
    [TestCase("COOPS")]
    [TestCase("Cooperatives")]
    public void The_cooperatives_sheet_is_found_by_any_alias(string name)
    {
        var parsed = TestParser.Parse(new XlsxBuilder().Sheet(name, CooperativeRows.Header, CooperativeRows.Line()).Build());
        parsed.Errors.Should().BeEmpty();
        parsed.CooperativesSheet.Should().Be(name);
        parsed.Cooperatives.Should().ContainSingle();
    }

    [Test]
    public void Other_sheets_are_ignored_and_both_known_sheets_are_read()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Page de garde", ["Relevé T1 2025"], ["n'importe quoi", 12, "#REF!"])
            .Sheet("Emplois", JobRows.Header, JobRows.Line())
            .Sheet("TCD", ["Trimestre", "Somme"], ["2025-T1", "abc"])
            .Sheet("Coopératives", CooperativeRows.Header, CooperativeRows.Line())
            .Build();
        var parsed = TestParser.Parse(bytes);
        parsed.Errors.Should().BeEmpty();
        parsed.SheetNames.Should().Equal("Page de garde", "Emplois", "TCD", "Coopératives");
        parsed.Jobs.Should().HaveCount(1);
        parsed.Cooperatives.Should().HaveCount(1);
    }

    [Test]
    public void A_workbook_with_neither_sheet_is_rejected_naming_the_sheets_it_has()
    {
        var error = TestParser.SingleError(new XlsxBuilder().Sheet("Feuil1", JobRows.Header).Sheet("Synthèse", ["x"]).Build());
        error.Code.Should().Be(ImportErrorCodes.NoKnownSheet);
        error.MessageFr.Should().Contain("« Feuil1 », « Synthèse »");
        error.Sheet.Should().BeNull();
    }

    [Test]
    public void Two_jobs_sheets_are_an_error_rather_than_one_silently_ignored()
    {
        var error = TestParser.SingleError(new XlsxBuilder().Sheet("Emplois", JobRows.Header, JobRows.Line()).Sheet("Jobs", JobRows.Header).Build());
        error.Code.Should().Be(ImportErrorCodes.DuplicateSheet);
        error.MessageFr.Should().Contain("« Emplois »").And.Contain("« Jobs »");
    }

    [Test]
    public void Header_aliases_are_matched_ignoring_case_accents_spaces_and_stars()
    {
        object?[] aliases = ["PÉRIODE", "N° SIRET *", "Raison sociale", "commune*", "AXIS", "Jobs created", "FTE", "Contrat", "Comment"];
        var parsed = TestParser.Parse(new XlsxBuilder().Sheet("Emplois", aliases, JobRows.Line(comment: "ok")).Build());
        parsed.Errors.Should().BeEmpty();
        var line = parsed.Jobs.Single();
        (line.Jobs, line.Fte, line.Comment).Should().Be((3, 2.5m, "ok"));
    }

    [Test]
    public void Columns_may_come_in_any_order_with_extra_columns_between()
    {
        object?[] header = ["N°", "Emplois", "Axe", "Note interne", "Commune", "Structure", "SIRET", "Trimestre"];
        object?[] line = [1, 4, 2, "à revoir", "Dugny", "Asso", Sirets.B, "2025-T2"];
        var parsed = TestParser.Parse(new XlsxBuilder().Sheet("Emplois", header, line).Build());
        parsed.Errors.Should().BeEmpty();
        var job = parsed.Jobs.Single();
        (job.Quarter.ToString(), job.Siret, job.Commune.Name, job.Axis.Code, job.Jobs).Should().Be(("2025-T2", Sirets.B, "Dugny", 2, 4));
        (job.Fte, job.Comment).Should().Be((null, null));
    }

    [Test]
    public void Title_logo_and_blank_rows_above_the_header_are_fine_and_rows_keep_their_excel_numbers()
    {
        var bytes = new XlsxBuilder().Sheet(
                "Emplois",
                ["Plan ESS Paris Terres d'Envol — relevé trimestriel"],
                [null],
                ["Structure déclarante :", "EPT"],
                [null],
                JobRows.Header,
                JobRows.Line(),
                JobRows.Line(contract: "CDD"))
            .Build();
        var parsed = TestParser.Parse(bytes);
        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Select(j => j.SourceRow).Should().Equal(6, 7);
    }

    [Test]
    public void A_header_below_row_10_is_not_found()
    {
        var rows = Enumerable.Range(1, 10).Select(i => new object?[] { $"titre {i}" }).Append(JobRows.Header).Append(JobRows.Line());
        var error = TestParser.SingleError(new XlsxBuilder().Sheet("Emplois", rows.ToArray()).Build());
        error.Code.Should().Be(ImportErrorCodes.HeadersMissing);
        error.Sheet.Should().Be("Emplois");
    }

    [Test]
    public void A_missing_required_header_is_named()
    {
        object?[] header = ["Trimestre", "SIRET", "Structure", "Commune", "Emplois créés"];
        var error = TestParser.SingleError(new XlsxBuilder().Sheet("Emplois", header).Build());
        error.Code.Should().Be(ImportErrorCodes.HeadersMissing);
        error.MessageFr.Should().Contain("n'a pas « Axe »").And.Contain("ligne 1");
        error.Describe("fr").Should().StartWith("Emplois : la ligne d'en-têtes (ligne 1)");
    }

    [Test]
    public void A_total_row_ends_the_table()
    {
        var parsed = TestParser.Parse(JobRows.Workbook(
            JobRows.Line(),
            ["TOTAL", null, null, null, null, 3],
            JobRows.Line(jobs: "n'importe quoi")));
        parsed.Errors.Should().BeEmpty();
        parsed.Warnings.Should().BeEmpty();
        parsed.Jobs.Should().ContainSingle();
    }

    [Test]
    public void A_total_row_whose_first_cell_is_in_a_later_column_ends_the_table_too()
    {
        var parsed = TestParser.Parse(JobRows.Workbook(JobRows.Line(), [null, null, null, null, "Total général", 3]));
        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Should().ContainSingle();
    }

    [Test]
    public void The_first_blank_row_after_data_ends_the_table_and_filled_rows_below_are_reported()
    {
        var parsed = TestParser.Parse(JobRows.Workbook(
            JobRows.Line(),
            [null],
            JobRows.Line(contract: "CDD"),
            JobRows.Line(contract: "Autre")));
        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Should().ContainSingle();
        var warning = parsed.Warnings.Should().ContainSingle().Subject;
        warning.Code.Should().Be(ImportErrorCodes.RowsIgnored);
        warning.MessageFr.Should().Contain("ligne vide 3").And.Contain("2 ligne(s)").And.Contain("ligne 4");
    }

    [Test]
    public void Blank_rows_between_the_header_and_the_first_data_are_skipped()
    {
        var parsed = TestParser.Parse(JobRows.Workbook([null], [null], JobRows.Line()));
        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Single().SourceRow.Should().Be(4);
    }

    [Test]
    public void A_note_beside_the_table_does_not_make_a_row_data()
    {
        object?[] noteOnly = [null, null, null, null, null, null, null, null, null, "Source : enquête"];
        var parsed = TestParser.Parse(JobRows.Workbook(JobRows.Line(), noteOnly));
        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Should().ContainSingle();
    }

    [Test]
    public void The_data_line_limit_counts_over_both_sheets()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Emplois", JobRows.Header, JobRows.Line(), JobRows.Line(contract: "CDD"))
            .Sheet("Coops", CooperativeRows.Header, CooperativeRows.Line(), CooperativeRows.Line(name: "Autre coop"))
            .Build();
        TestParser.Parse(bytes, new ImportLimits { MaxDataLines = 4 }).Errors.Should().BeEmpty();
        var parsed = TestParser.Parse(bytes, new ImportLimits { MaxDataLines = 3 });
        parsed.Errors.Should().ContainSingle().Which.Code.Should().Be(ImportErrorCodes.TooManyLines);
        parsed.Jobs.Should().BeEmpty();
    }
}
