using System.Security.Cryptography;
using System.Xml;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Import.Preflight;
using PlanTracker.Import.Reading;
using PlanTracker.Import.Reading.Csv;
using PlanTracker.Import.Reading.Ods;
using PlanTracker.Import.Sheets;
using PlanTracker.Import.Validation;

namespace PlanTracker.Import;

/// <summary>
/// Reads an uploaded quarterly workbook (.xlsx or .ods, or a CSV file holding one of its sheets) into validated <see cref="JobLine"/>s and <see cref="CooperativeEntry"/>s, with
/// every error found (sheet, row, column, header, value, French and English message). Never throws for a user's
/// mistake: a wrong file type, a broken zip or malformed XML all become errors. Stores nothing.
/// </summary>
public static class WorkbookParser
{
    public static ParsedWorkbook Parse(byte[] bytes, string fileName, Plan plan, TimeProvider time, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(limits);
        var result = new ParsedWorkbook { FileName = fileName, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        if (WorkbookPreflight.Check(bytes, fileName, limits) is { } rejected)
        {
            return result with { Errors = [rejected] };
        }

        var name = WorkbookPreflight.DisplayName(fileName);
        var sink = new ErrorSink(limits.MaxErrors);
        var jobs = new List<JobLine>();
        var cooperatives = new List<CooperativeEntry>();
        var budget = new LineBudget(limits.MaxDataLines);
        ISheetSource? package = null;
        SheetInfo? jobsSheet = null;
        SheetInfo? cooperativesSheet = null;
        try
        {
            package = Open(bytes, fileName, limits);
            jobsSheet = SheetFinder.Find(package.Sheets, JobColumns.Schema, sink);
            cooperativesSheet = SheetFinder.Find(package.Sheets, CooperativeColumns.Schema, sink);
            if (jobsSheet is null && cooperativesSheet is null)
            {
                sink.Add(SheetMessages.NoKnownSheet(name, package.Sheets.Select(s => s.Name)));
            }

            var context = ValidationContext.Create(plan, time, package.Date1904);
            var jobValidator = new JobRowValidator(context, sink);
            if (jobsSheet is not null)
            {
                Collect(package, jobsSheet, JobColumns.Schema, sink, budget, jobValidator.Validate, jobs);
            }

            if (cooperativesSheet is not null && !budget.Exhausted)
            {
                // A project without a creation date is listed in the workbook's quarter: the latest of its job lines,
                // else (a cooperatives sheet alone) the current quarter.
                var validator = new CooperativeRowValidator(context, sink, jobValidator.LatestQuarter ?? context.CurrentQuarter);
                Collect(package, cooperativesSheet, CooperativeColumns.Schema, sink, budget, validator.Validate, cooperatives);
            }
        }
        catch (FileReadException e)
        {
            sink.Add(e.Error);
        }
        catch (WorkbookFormatException e)
        {
            sink.Add(ReadingMessages.Damaged(name, e.DetailFr, e.DetailEn));
        }
        catch (XmlException e)
        {
            sink.Add(ReadingMessages.InvalidXml(name, package?.CurrentPart, e.LineNumber, e.LinePosition));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            // The pre-flight decompressed every entry already; this is a last line of defence.
            sink.Add(ReadingMessages.Damaged(name, "archive illisible", "unreadable archive"));
        }
        finally
        {
            package?.Dispose();
        }

        var errors = sink.Errors();
        return result with
        {
            Jobs = errors.Count == 0 ? jobs : [],
            Cooperatives = errors.Count == 0 ? cooperatives : [],
            Errors = errors,
            Warnings = sink.Warnings,
            SheetNames = package?.Sheets.Select(s => s.Name).ToList() ?? [],
            JobsSheet = jobsSheet?.Name,
            CooperativesSheet = cooperativesSheet?.Name,
            RowsRead = budget.Used,
        };
    }

    // The file's name picks its reader; the pre-flight made sure the content agrees.
    private static ISheetSource Open(byte[] bytes, string fileName, ImportLimits limits) =>
        WorkbookPreflight.IsCsvName(fileName) ? CsvSource.Open(bytes, fileName, limits)
        : WorkbookPreflight.IsOdsName(fileName) ? OdsSource.Open(bytes, fileName)
        : XlsxPackage.Open(bytes);

    private static void Collect<T>(
        ISheetSource package, SheetInfo sheet, TableSchema schema, ErrorSink sink, LineBudget budget, Func<TableRow, T?> validate, List<T> into)
        where T : class
    {
        foreach (var row in TableReader.Read(package.ReadRows(sheet), schema, sheet.Name, sink, budget, sheet.ColumnsByHeader))
        {
            if (validate(row) is { } record)
            {
                into.Add(record);
            }
        }
    }
}
