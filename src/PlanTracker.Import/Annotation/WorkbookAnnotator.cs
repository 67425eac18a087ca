using ClosedXML.Excel;
using PlanTracker.Core.Text;
using PlanTracker.Import.Preflight;

namespace PlanTracker.Import.Annotation;

/// <summary>
/// Returns the officer's own workbook with each faulty cell filled light red and a comment holding its message(s),
/// plus a first sheet listing every error, so it can be fixed in place. Nothing else is changed on purpose (ClosedXML
/// may still drop what it does not model, such as charts and pivot caches). An .ods comes back as an .xlsx holding the
/// same cells (<see cref="OdsCopy"/>): ClosedXML writes no other format.
/// </summary>
public static class WorkbookAnnotator
{
    /// <summary>Excel's own "light red fill" for bad cells.</summary>
    public const string FillColor = "#FFC7CE";

    /// <summary>
    /// Writes the annotated copy to <paramref name="output"/> and returns true; returns false, writing nothing, when the
    /// workbook fails the pre-flight or ClosedXML cannot open it, even without its comment parts.
    /// </summary>
    public static bool Annotate(byte[] original, IReadOnlyList<ImportError> errors, Stream output, string lang, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(output);
        lang = Display.Language(lang);

        // ClosedXML sets no limit of its own: it only ever sees a file that passed ours. It cannot open an .ods: the
        // copy of one is an .xlsx made from its cells.
        var ods = WorkbookPreflight.IsOds(original);
        if (WorkbookPreflight.Check(original, ods ? "workbook.ods" : "workbook.xlsx", limits ?? ImportLimits.Default) is not null)
        {
            return false;
        }

        if (ods && OdsCopy.ToXlsx(original, limits ?? ImportLimits.Default) is { } copy)
        {
            original = copy;
        }
        else if (ods)
        {
            return false;
        }

        // ClosedXML 0.95.4 throws while loading a LibreOffice workbook with comments: then annotate a copy without the
        // comment and VML parts, the officer's comments written back by ClosedXML. Only after a failure, so every
        // workbook ClosedXML can open (Excel's comments included) is annotated exactly as before.
        var annotated = TryAnnotate(original, errors, lang, [])
            ?? TryAnnotateWithoutCommentParts(original, errors, lang, limits ?? ImportLimits.Default);
        if (annotated is null)
        {
            return false;
        }

        output.Write(annotated);
        return true;
    }

    private static byte[]? TryAnnotateWithoutCommentParts(byte[] original, IReadOnlyList<ImportError> errors, string lang, ImportLimits limits)
    {
        CleanedPackage? cleaned;
        try
        {
            cleaned = CommentPartsCleaner.Clean(original, limits);
        }
        catch (Exception)
        {
            // A package too broken to clean is one ClosedXML cannot open either: no annotated copy.
            return null;
        }

        return cleaned is null ? null : TryAnnotate(cleaned.Bytes, errors, lang, cleaned.Comments);
    }

    private static byte[]? TryAnnotate(byte[] package, IReadOnlyList<ImportError> errors, string lang, IReadOnlyList<OfficerComment> officerComments)
    {
        try
        {
            using var input = new MemoryStream(package, writable: false);
            using var workbook = new XLWorkbook(input);
            MarkCells(workbook, errors, lang);
            OfficerComments.Restore(workbook, officerComments);
            ErrorListSheet.Add(workbook, errors, lang);
            using var buffer = new MemoryStream();
            workbook.SaveAs(buffer);
            return buffer.ToArray();
        }
        catch (Exception)
        {
            // Any failure inside ClosedXML means "no annotated copy": the error report itself still stands.
            return null;
        }
    }

    private static void MarkCells(XLWorkbook workbook, IReadOnlyList<ImportError> errors, string lang)
    {
        var byCell = errors
            .Where(e => e.Sheet is not null && e.Row is not null && e.Column is not null)
            .GroupBy(e => (Sheet: e.Sheet!, Cell: e.Cell!));
        foreach (var group in byCell)
        {
            if (!workbook.Worksheets.TryGetWorksheet(group.Key.Sheet, out var sheet))
            {
                continue;
            }

            var cell = sheet.Cell(group.Key.Cell);
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml(FillColor);
            var comment = cell.Comment;
            var text = string.Join("\n", group.Select(e => e.Message(lang)));
            // Keep the officer's own note, if any, above ours.
            comment.AddText(comment.Count() > 0 ? "\n" + text : text);
            comment.Author = "PlanTracker";
        }
    }
}
