using System.Xml.Linq;
using ClosedXML.Excel;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Annotation;

/// <summary>One of the officer's own cell comments, read from a comments part before that part is dropped.</summary>
internal sealed record OfficerComment(string Sheet, string Cell, string? Author, string Text);

/// <summary>
/// Carries the officer's comments across <see cref="CommentPartsCleaner"/>: read as plain text from the comments part,
/// then written back with ClosedXML, which produces comment and VML parts it can read again.
/// </summary>
internal static class OfficerComments
{
    private static readonly XNamespace Main = Ooxml.Main;

    /// <summary>Each comment of a comments part (its rich-text runs joined, phonetic guides left out).</summary>
    public static IEnumerable<OfficerComment> Read(XDocument part, string sheet)
    {
        var authors = part.Root?.Element(Main + "authors")?.Elements(Main + "author").Select(a => a.Value).ToList() ?? [];
        var comments = part.Root?.Element(Main + "commentList")?.Elements(Main + "comment") ?? [];
        foreach (var comment in comments)
        {
            var cell = (string?)comment.Attribute("ref");
            var body = comment.Element(Main + "text");
            if (cell is null || body is null)
            {
                continue;
            }

            // <t> directly under <text> or inside a run <r>; those under <rPh> are reading aids, not the note.
            var text = string.Concat(body.Descendants(Main + "t")
                .Where(t => t.Parent == body || t.Parent?.Name == Main + "r")
                .Select(t => t.Value));
            var author = int.TryParse((string?)comment.Attribute("authorId"), out var id) && id >= 0 && id < authors.Count
                ? authors[id]
                : null;
            yield return new OfficerComment(sheet, cell, author, text);
        }
    }

    /// <summary>
    /// Puts each comment back on its cell. A cell that already carries a comment here is a faulty one (the cleaned copy
    /// had none left): the officer's text goes after the error message, in the same comment.
    /// </summary>
    public static void Restore(XLWorkbook workbook, IReadOnlyList<OfficerComment> comments)
    {
        foreach (var comment in comments)
        {
            // A reference ClosedXML cannot parse would make it throw and cost the whole copy: skip that one note.
            if (!workbook.Worksheets.TryGetWorksheet(comment.Sheet, out var sheet) || !XLHelper.IsValidA1Address(comment.Cell))
            {
                continue;
            }

            var cell = sheet.Cell(comment.Cell);
            if (cell.HasComment)
            {
                cell.Comment.AddText("\n" + comment.Text);
                continue;
            }

            cell.Comment.AddText(comment.Text);
            if (comment.Author is not null)
            {
                cell.Comment.Author = comment.Author;
            }
        }
    }
}
