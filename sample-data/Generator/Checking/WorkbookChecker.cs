using ClosedXML.Excel;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Core.Text;
using PlanTracker.SampleData.Workbooks;

namespace PlanTracker.SampleData.Checking;

/// <summary>
/// Re-opens a written workbook with ClosedXML and checks what the importer relies on: sheet order and names,
/// title and blank rows above the headers, exact headers, SIRETs as 14-digit Luhn-valid text, values Core can
/// parse against <paramref name="plan"/>, dates inside the plan window and not after <paramref name="lastDay"/>, no
/// duplicate key, the Total row.
/// </summary>
public sealed class WorkbookChecker(List<string> problems, Plan plan, DateOnly lastDay)
{
    private DateOnly FirstDay => plan.Start;

    private DateOnly LastDay => lastDay;

    public ReadWorkbook Check(string path)
    {
        var fileName = Path.GetFileName(path);
        var cells = new CellReader(fileName, problems, plan.Territory);
        using var workbook = new XLWorkbook(path);
        if (workbook.Worksheet(1).Name != Layout.CoverSheet)
        {
            problems.Add($"{fileName}: the first sheet should be the cover « {Layout.CoverSheet} »");
        }

        var jobs = workbook.TryGetWorksheet(Layout.JobsSheet, out var jobsSheet) ? Jobs(jobsSheet, cells) : [];
        var coops = workbook.TryGetWorksheet(Layout.CooperativesSheet, out var coopSheet) ? Cooperatives(coopSheet, cells) : [];
        Unique(fileName, jobs.Select(j => j.Key), "jobs key (quarter, SIRET, contract type, nature)");
        Unique(fileName, coops.Select(c => c.Siret ?? $"{TextKey.Fold(c.Name)}|{c.Commune.Name}"), "cooperative");
        return new ReadWorkbook(fileName, jobs, coops);
    }

    private List<ReadJobLine> Jobs(IXLWorksheet sheet, CellReader cells)
    {
        var withNature = sheet.Cell(Layout.HeaderRow, Layout.JobHeaders.Count + 1).GetString() == Layout.NatureHeader;
        Frame(sheet, withNature ? [.. Layout.JobHeaders, Layout.NatureHeader] : Layout.JobHeaders);
        var lines = new List<ReadJobLine>();
        var row = Layout.FirstDataRow;
        for (; !sheet.Row(row).IsEmpty() && !(sheet.Cell(row, 1).GetString().StartsWith("Total", StringComparison.Ordinal)); row++)
        {
            IXLCell C(int column) => sheet.Cell(row, column);
            var quarter = cells.Quarter(C(1));
            var siret = cells.Siret(C(2), required: true);
            var name = cells.Text(C(3));
            var commune = cells.Commune(C(4));
            var axis = cells.Axis(C(5));
            var jobs = cells.Whole(C(6), 1000);
            var fte = cells.Number(C(7));
            if (!ContractTypes.TryParse(cells.Text(C(8)), out var contract))
            {
                cells.Fail(C(8), "not a contract type");
            }

            if (!JobNatures.TryParse(cells.Text(C(10)), out var nature))
            {
                cells.Fail(C(10), "not a job nature");
            }

            if (quarter is not { } q || q < Quarter.Containing(FirstDay) || q > Quarter.Containing(LastDay))
            {
                cells.Fail(C(1), $"quarter outside {Quarter.Containing(FirstDay)} … {Quarter.Containing(LastDay)}");
            }

            if (fte is { } f && (f != Math.Round(f, 2) || f > (jobs ?? 0)))
            {
                cells.Fail(C(7), "FTE with more than 2 decimals or above the jobs");
            }

            if (quarter is { } okQuarter && siret is not null && name is not null && commune is not null && axis is not null && jobs is { } okJobs)
            {
                lines.Add(new ReadJobLine(okQuarter, siret, name, commune, axis, okJobs, fte, contract, cells.Text(C(9)), nature));
            }
        }

        var total = sheet.Cell(row, Layout.JobsColumn);
        var expected = Layout.TotalFormula(row, withNature);
        if (sheet.Cell(row, 1).GetString() != "Total" || !total.HasFormula || total.FormulaA1 != expected)
        {
            problems.Add($"{sheet.Name}!{total.Address}: expected a Total row with ={expected}");
        }
        else if (Convert.ToInt32(total.CachedValue, System.Globalization.CultureInfo.InvariantCulture) != lines.Where(l => l.Nature == JobNature.Creation).Sum(l => l.Jobs))
        {
            problems.Add($"{sheet.Name}!{total.Address}: cached total {total.CachedValue} differs from the lines");
        }

        return lines;
    }

    private List<ReadCooperative> Cooperatives(IXLWorksheet sheet, CellReader cells)
    {
        var withPipeline = sheet.Cell(Layout.HeaderRow, Layout.CooperativeHeaders.Count + 1).GetString() == Layout.PipelineHeaders[0];
        Frame(sheet, withPipeline ? [.. Layout.CooperativeHeaders, .. Layout.PipelineHeaders] : Layout.CooperativeHeaders);
        var coops = new List<ReadCooperative>();
        for (var row = Layout.FirstDataRow; !sheet.Row(row).IsEmpty(); row++)
        {
            IXLCell C(int column) => sheet.Cell(row, column);
            var name = cells.Text(C(1));
            var siret = cells.Siret(C(2), required: false);
            if (!LegalForms.TryParse(cells.Text(C(3)), out var form))
            {
                cells.Fail(C(3), "not a legal form");
            }

            var date = C(4).IsEmpty() ? null : cells.Date(C(4));
            if (date is { } d && (d < FirstDay || d > LastDay))
            {
                cells.Fail(C(4), $"creation date outside {FirstDay:dd/MM/yyyy} … {LastDay:dd/MM/yyyy}");
            }

            var commune = cells.Commune(C(5));
            var axis = cells.Axis(C(6));
            var jobs = cells.Whole(C(7), 1000);
            var (origin, stage, ceased) = Pipeline(cells, C(8), C(9), C(10), date);
            if (name is not null && (date is not null || stage != CooperativeStage.Registered) && commune is not null && axis is not null)
            {
                coops.Add(new ReadCooperative(name, siret, form, date, commune, axis, jobs, origin, stage, ceased));
            }
        }

        return coops;
    }

    // Origine, Stade and Date de cessation as the importer reads them: blank stage = registered; a cessation after the
    // creation and not after the last day.
    private (CooperativeOrigin?, CooperativeStage, DateOnly?) Pipeline(CellReader cells, IXLCell originCell, IXLCell stageCell, IXLCell ceasedCell, DateOnly? created)
    {
        CooperativeOrigin? origin = null;
        if (cells.Text(originCell) is { } originText)
        {
            if (CooperativeOrigins.TryParse(originText, out var parsed))
            {
                origin = parsed;
            }
            else
            {
                cells.Fail(originCell, "not a cooperative origin");
            }
        }

        var stage = CooperativeStage.Registered;
        if (cells.Text(stageCell) is { } stageText && !CooperativeStages.TryParse(stageText, out stage))
        {
            cells.Fail(stageCell, "not a cooperative stage");
        }

        if (stage == CooperativeStage.Registered && created is null)
        {
            cells.Fail(stageCell, "a registered cooperative without creation date");
        }

        var ceased = ceasedCell.IsEmpty() ? null : cells.Date(ceasedCell);
        if (ceased is { } c && (c > LastDay || (created is { } from && c <= from)))
        {
            cells.Fail(ceasedCell, "cessation not after the creation, or after the last day");
        }

        return (origin, stage, ceased);
    }

    /// <summary>A title in row 1, a blank row 2, the headers in row 3 from column A.</summary>
    private void Frame(IXLWorksheet sheet, IReadOnlyList<string> headers)
    {
        if (sheet.Cell(Layout.TitleRow, 1).IsEmpty() || !sheet.Row(Layout.TitleRow + 1).IsEmpty())
        {
            problems.Add($"{sheet.Name}: expected a title in A1 and a blank row 2");
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var cell = sheet.Cell(Layout.HeaderRow, i + 1);
            if (cell.GetString() != headers[i] || cell.DataType != XLDataType.Text)
            {
                problems.Add($"{sheet.Name}!{cell.Address}: header « {cell.GetString()} », expected « {headers[i]} »");
            }
        }
    }

    private void Unique<T>(string fileName, IEnumerable<T> keys, string what)
    {
        foreach (var key in keys.GroupBy(k => k).Where(g => g.Count() > 1))
        {
            problems.Add($"{fileName}: duplicate {what} {key.Key}");
        }
    }
}
