using PlanTracker.Core.Text;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Sheets;

/// <summary>
/// Turns a sheet's rows into data rows: finds the header row (the first of the first ten holding every required
/// header; titles and blank rows above are fine), then reads until the first blank row after data or a "Total" row.
/// </summary>
internal static class TableReader
{
    public const int HeaderSearchRows = 10;

    public static IEnumerable<TableRow> Read(
        IEnumerable<SheetRow> rows, TableSchema schema, string sheet, ErrorSink sink, LineBudget budget, bool columnsByHeader = false)
    {
        using var e = rows.GetEnumerator();
        HeaderMatch? header = null;
        HeaderMatch? best = null;
        while (header is null && e.MoveNext() && e.Current.Number <= HeaderSearchRows)
        {
            var candidate = HeaderMatch.From(e.Current, schema);
            if (candidate.IsComplete)
            {
                header = candidate;
            }
            else if (best is null || candidate.MatchedCount > best.MatchedCount)
            {
                best = candidate;
            }
        }

        if (header is null)
        {
            sink.Add(SheetMessages.HeadersMissing(sheet, schema, best));
            yield break;
        }

        var lastData = 0;
        while (e.MoveNext())
        {
            var row = e.Current;
            if (row.Number <= header.RowNumber)
            {
                continue;
            }

            if (IsTotal(row))
            {
                yield break;
            }

            var blank = IsBlank(row, header);
            // Empty rows are often absent from the XML: a gap in row numbers is a blank row too.
            if (lastData > 0 && (blank || row.Number > lastData + 1))
            {
                WarnIgnoredRows(e, blank ? null : row, header, sheet, lastData + 1, sink);
                yield break;
            }

            if (blank)
            {
                continue;
            }

            if (!budget.TryTake())
            {
                sink.Add(SheetMessages.TooManyLines(budget.Limit));
                yield break;
            }

            lastData = row.Number;
            yield return new TableRow(sheet, row, header, columnsByHeader);
        }
    }

    /// <summary>A row whose first non-empty cell starts with "Total" (totals rows are common under a table).</summary>
    private static bool IsTotal(SheetRow row)
    {
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var value = cells[i].Value;
            if (!value.IsBlank)
            {
                return value.Kind == CellKind.Text && FoldsToTotal(value.Text);
            }
        }

        return false;
    }

    /// <summary>
    /// <c>TextKey.Fold(text).StartsWith("total")</c>, asked of every row. On ASCII the fold keeps letters and digits,
    /// lower-cased, and a later character cannot change the ones before it: the first five decide, without building the
    /// key. Text with a non-ASCII character before the decision goes through the fold itself.
    /// </summary>
    internal static bool FoldsToTotal(string text)
    {
        const string total = "total";
        var matched = 0;
        foreach (var c in text)
        {
            if (!char.IsAscii(c))
            {
                return TextKey.Fold(text).StartsWith(total, StringComparison.Ordinal);
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.ToLowerInvariant(c) != total[matched])
                {
                    return false;
                }

                if (++matched == total.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Blank in the table's own columns: a running formula or a note beside the table does not make a row data.
    private static bool IsBlank(SheetRow row, HeaderMatch header)
    {
        foreach (var column in header.MappedColumnArray)
        {
            if (!row[column].IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    // Reading stops at the first blank row; rows filled below it are probably part of the table, so say so.
    private static void WarnIgnoredRows(IEnumerator<SheetRow> e, SheetRow? current, HeaderMatch header, string sheet, int blankRow, ErrorSink sink)
    {
        var count = 0;
        var first = 0;
        for (var row = current ?? (e.MoveNext() ? e.Current : null); row is not null; row = e.MoveNext() ? e.Current : null)
        {
            if (!IsBlank(row, header) && !IsTotal(row))
            {
                count++;
                first = first == 0 ? row.Number : first;
            }
        }

        if (count > 0)
        {
            sink.Warn(SheetMessages.RowsIgnored(sheet, blankRow, count, first));
        }
    }
}
