using ClosedXML.Excel;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Text;
using PlanTracker.Import.Sheets;
using PlanTracker.Import.Validation;

namespace PlanTracker.Import.Template;

/// <summary>
/// The blank quarterly workbook officers fill in: an "Instructions" sheet first, the jobs and cooperatives sheets with
/// the importer's headers (required ones marked *), drop-down lists fed from a hidden "Listes" sheet, SIRET and quarter
/// columns formatted as text. It parses back through <see cref="WorkbookParser"/> with no error and no line.
/// </summary>
public static class WorkbookTemplate
{
    /// <summary>Rows carrying the drop-downs and formats; more can be typed below, they are just not guided.</summary>
    public const int GuidedRows = 5_000;

    public static void Write(Stream output, Plan plan, string lang)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        lang = Display.Language(lang);
        using var workbook = new XLWorkbook();
        TemplateInstructions.Add(workbook, plan, lang);
        var jobs = AddTable(workbook, JobColumns.Schema, lang);
        var cooperatives = AddTable(workbook, CooperativeColumns.Schema, lang);
        var lists = TemplateLists.Add(workbook, plan, lang);

        Guide(jobs, JobColumns.Quarter, c => c.Style.NumberFormat.Format = "@", r => lists.QuarterList(r));
        Guide(jobs, JobColumns.Siret, c => c.Style.NumberFormat.Format = "@", null);
        Guide(jobs, JobColumns.Commune, null, r => lists.CommuneList(r));
        Guide(jobs, JobColumns.Axis, null, r => lists.AxisList(r));
        Guide(jobs, JobColumns.Jobs, c => c.Style.NumberFormat.Format = "0", r => TemplateLists.WholeNumber(r, JobRowValidator.MaxJobsPerLine, lang));
        Guide(jobs, JobColumns.Fte, c => c.Style.NumberFormat.Format = "0.00", r => TemplateLists.NonNegativeDecimal(r, lang));
        Guide(jobs, JobColumns.ContractType, null, r => lists.ContractTypeList(r));
        Guide(jobs, JobColumns.Comment, c => c.Style.Alignment.WrapText = true, null);
        Guide(jobs, JobColumns.Nature, null, r => lists.NatureList(r));

        Guide(cooperatives, CooperativeColumns.Siret, c => c.Style.NumberFormat.Format = "@", null);
        Guide(cooperatives, CooperativeColumns.LegalForm, null, r => lists.LegalFormList(r));
        Guide(cooperatives, CooperativeColumns.CreationDate, c => c.Style.NumberFormat.Format = "dd/mm/yyyy", r => TemplateLists.DateWithin(r, plan, lang));
        Guide(cooperatives, CooperativeColumns.Commune, null, r => lists.CommuneList(r));
        Guide(cooperatives, CooperativeColumns.Axis, null, r => lists.AxisList(r));
        Guide(cooperatives, CooperativeColumns.JobsAtCreation, c => c.Style.NumberFormat.Format = "0", r => TemplateLists.WholeNumber(r, null, lang));
        Guide(cooperatives, CooperativeColumns.Origin, null, r => lists.OriginList(r));
        Guide(cooperatives, CooperativeColumns.Stage, null, r => lists.StageList(r));
        Guide(cooperatives, CooperativeColumns.CessationDate, c => c.Style.NumberFormat.Format = "dd/mm/yyyy", r => TemplateLists.DateWithin(r, plan, lang));

        workbook.Worksheet(1).SetTabActive();
        workbook.SaveAs(output);
    }

    private static IXLWorksheet AddTable(XLWorkbook workbook, TableSchema schema, string lang)
    {
        var sheet = workbook.Worksheets.Add(schema.Name(lang));
        foreach (var column in schema.Columns)
        {
            var header = sheet.Cell(1, column.Ordinal + 1);
            header.SetValue(column.TemplateHeader(lang));
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromHtml(column.Required ? "#D9E1F2" : "#EDEDED");
            header.Style.Alignment.WrapText = true;
            // Widths by hand: AdjustToContents needs libgdiplus, absent on servers.
            sheet.Column(column.Ordinal + 1).Width = Width(column);
        }

        sheet.Row(1).Height = 32;
        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

    /// <summary>Formats and validates the guided rows of one column (the header row is left alone).</summary>
    private static void Guide(IXLWorksheet sheet, ColumnSpec column, Action<IXLRange>? format, Action<IXLRange>? validate)
    {
        var range = sheet.Range(2, column.Ordinal + 1, GuidedRows + 1, column.Ordinal + 1);
        format?.Invoke(range);
        validate?.Invoke(range);
    }

    private static double Width(ColumnSpec column) => column.HeaderFr switch
    {
        "Trimestre" => 12,
        "SIRET" => 18,
        "Structure" or "Nom" => 36,
        "Commune" => 22,
        "Axe" => 44,
        "Commentaire" => 50,
        "Forme juridique" => 26,
        "Date de création" or "Date de cessation" => 16,
        "Origine" => 30,
        "Stade" => 20,
        "Type de contrat" => 26,
        _ => 14,
    };
}
