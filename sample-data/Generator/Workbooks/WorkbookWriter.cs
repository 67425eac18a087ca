using ClosedXML.Excel;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>Writes one sample workbook, byte-for-byte the same on every run (see <see cref="StableZip"/>).</summary>
public static class WorkbookWriter
{
    public static void Write(WorkbookContent content, string path)
    {
        using var workbook = new XLWorkbook();
        // Fixed dates, not the clock: the day the officer sent the file.
        var sent = DateTime.SpecifyKind(content.SentOn.ToDateTime(new TimeOnly(9, 0)), DateTimeKind.Utc);
        workbook.Properties.Created = sent;
        workbook.Properties.Modified = sent;
        workbook.Properties.Author = content.From.Author;
        workbook.Properties.Title = content.IsCorrection
            ? $"Correctif emplois {content.Quarter}"
            : $"Emplois et coopératives {content.Quarter}";

        SheetWriters.Cover(workbook, content);
        if (content.Jobs.Count > 0)
        {
            SheetWriters.Jobs(workbook, content);
        }

        if (content.Cooperatives.Count > 0)
        {
            SheetWriters.Cooperatives(workbook, content);
        }

        workbook.Worksheet(Layout.CoverSheet).SetTabActive();

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        File.WriteAllBytes(path, StableZip.Normalize(buffer.ToArray(), sent));
    }
}
