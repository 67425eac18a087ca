using PlanTracker.Core.Periods;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawOds;

namespace PlanTracker.Import.Tests.OpenDocument;

/// <summary>Every kind of .ods cell reaches validation as the same value its .xlsx form gives.</summary>
public class OdsCellTests
{
    private static ParsedWorkbook Parse(params string[] rows) =>
        TestParser.Parse(Build(Table("Emplois", [JobsHeader(), .. rows])), fileName: "releve.ods");

    private static string Describe(ParsedWorkbook parsed) => string.Join(Environment.NewLine, parsed.Errors.Select(e => e.Describe("fr")));

    private static string Line(int n, params (int Column, string Cell)[] replace)
    {
        var cells = JobsCells(Sirets.Numbered(n)).ToList();
        cells.AddRange([Empty(), Empty(), Empty()]);
        foreach (var (column, cell) in replace)
        {
            cells[column - 1] = cell;
        }

        return Row([.. cells]);
    }

    [Test]
    public void Typed_cells_read_as_numbers_dates_and_text()
    {
        var parsed = Parse(
            Line(1, (1, """<table:table-cell office:value-type="date" office:date-value="2025-02-15T00:00:00"><text:p>15/02/2025</text:p></table:table-cell>"""),
                (7, """<table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50 %</text:p></table:table-cell>""")),
            Line(2, (6, """<table:table-cell office:value-type="currency" office:currency="EUR" office:value="4"><text:p>4,00 €</text:p></table:table-cell>"""),
                (9, TextXml("<text:p>  Deux<text:s text:c=\"2\"/><text:span text:style-name=\"T1\">contrats   de</text:span> six mois</text:p><text:p>Sevran</text:p>"))),
            Line(3, (6, """<table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2" calcext:value-type="float"><text:p>2</text:p><office:annotation><text:p>vu</text:p></office:annotation></table:table-cell>"""),
                (9, TextXml("<text:p>ligne 1<text:line-break/>ligne 2</text:p>"))));

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.Jobs.Select(j => (j.Quarter, j.Jobs, j.Fte, j.StructureName, j.Comment)).Should().Equal(
            (new Quarter(2025, 1), 3, 0.5m, "Régie de quartier", (string?)null),
            (new Quarter(2025, 1), 4, null, "Régie de quartier", "Deux  contrats de six mois\nSevran"),
            (new Quarter(2025, 1), 2, null, "Régie de quartier", "ligne 1\nligne 2"));
    }

    [Test]
    public void Errors_booleans_and_formulas_without_value_are_reported_as_for_an_xlsx()
    {
        var xlsx = new RawWorkbook().Sheet("Emplois", RawWorkbook.JobsHeader(),
            RawWorkbook.JobsLine(2, Sirets.Numbered(1), replace: ('F', RawWorkbook.Error("F2", "#DIV/0!"))),
            RawWorkbook.JobsLine(3, Sirets.Numbered(2), replace: ('F', RawWorkbook.Formula("F3", "A1", null))),
            RawWorkbook.JobsLine(4, Sirets.Numbered(3), replace: ('F', RawWorkbook.Boolean("F4", true)))).Build();

        var parsed = Parse(
            Line(1, (6, """<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>""")),
            Line(2, (6, """<table:table-cell table:formula="of:=A1"/>""")),
            Line(3, (6, """<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>""")));

        parsed.Errors.Select(e => (e.Cell, e.Code)).Should().Equal(("F2", ImportErrorCodes.ErrorValue), ("F3", ImportErrorCodes.NoCachedValue), ("F4", ImportErrorCodes.NotNumber));
        parsed.Errors.Select(e => (e.Cell, e.Code, e.Value, e.MessageFr)).Should()
            .Equal(TestParser.Parse(xlsx).Errors.Select(e => (e.Cell, e.Code, e.Value, e.MessageFr)));
    }

    [Test]
    public void Merged_and_repeated_cells_keep_their_column_letters()
    {
        var parsed = Parse(
            Row("""<table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>2025-T1</text:p></table:table-cell>""",
                """<table:covered-table-cell/>""", Text("Régie"), Text("Sevran"), Float("1"), Float("3")),
            Row(Text("2025-T1"), Text(Sirets.Numbered(2)), Text("Régie"), Text("Paris"), Float("1"), Float("3")));

        parsed.Errors.Select(e => (e.Cell, e.Code)).Should().Equal(("B2", ImportErrorCodes.Required), ("D3", ImportErrorCodes.Commune));
    }

    [Test]
    public void A_repeated_row_with_data_is_read_once_per_repetition()
    {
        var parsed = Parse(RepeatedRow(3, JobsCells(Sirets.Numbered(1))));

        parsed.Errors.Select(e => (e.Row, e.Code)).Should().Equal((3, ImportErrorCodes.DuplicateJobLine), (4, ImportErrorCodes.DuplicateJobLine));
        parsed.RowsRead.Should().Be(3);
    }

    [Test]
    public void Empty_repeated_rows_and_columns_move_the_row_and_column_on()
    {
        var parsed = Parse(
            JobsLine(Sirets.Numbered(1)),
            RepeatedRow(2, Empty(1024)),
            Row(Empty(3), Text("Paris")));

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.Warnings.Should().ContainSingle().Which.MessageFr.Should().Contain("ligne vide 3").And.Contain("ligne 5");
        parsed.Jobs.Should().ContainSingle();
    }

    [Test]
    public void The_cooperatives_sheet_before_the_jobs_sheet_is_read_as_well()
    {
        var cooperatives = Table("Coopératives",
            Row(Text("Nom *"), Text("SIRET"), Text("Forme juridique *"), Text("Date de création *"), Text("Commune *"), Text("Axe *")),
            Row(Text("Coop'Envol"), Empty(), Text("SCIC"),
                """<table:table-cell office:value-type="date" office:date-value="2025-03-31"><text:p>31/03/2025</text:p></table:table-cell>""", Text("Drancy"), Float("3")));
        var jobs = Table("Emplois", JobsHeader(), JobsLine(Sirets.Numbered(1)));

        var parsed = TestParser.Parse(Build(Table("Lisez-moi", Row(Text("Relevé"))), cooperatives, jobs), fileName: "releve.ods");

        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.SheetNames.Should().Equal("Lisez-moi", "Coopératives", "Emplois");
        parsed.Jobs.Should().ContainSingle().Which.Jobs.Should().Be(3);
        parsed.Cooperatives.Should().ContainSingle().Which.CreationDate.Should().Be(new DateOnly(2025, 3, 31));
    }

    [Test]
    public void Sheet_names_with_entities_and_another_prefix_are_read()
    {
        var content = Content(Table("Notes & suivi", Row(Text("à relire"))) + Table("Emplois", JobsHeader(), JobsLine()))
            .Replace("<table:", "<t:", StringComparison.Ordinal).Replace("</table:", "</t:", StringComparison.Ordinal)
            .Replace(" table:", " t:", StringComparison.Ordinal).Replace("xmlns:table=", "xmlns:t=", StringComparison.Ordinal)
            .Replace("t:name=\"Emplois\"", "t:name='Emplois cr&#233;&#xE9;s'", StringComparison.Ordinal);

        var parsed = TestParser.Parse(Package(content), fileName: "releve.ods");

        parsed.SheetNames.Should().Equal("Notes & suivi", "Emplois créés");
        parsed.Errors.Should().BeEmpty(Describe(parsed));
        parsed.Jobs.Should().ContainSingle();
    }
}
