using System.Globalization;
using System.Text;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Progress;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// CSV exports: UTF-8 with a BOM (without it Excel reads accents as mojibake), CRLF line ends, RFC 4180 quoting,
/// formula injection neutralised.
/// <para>
/// Numbers follow the separator. With <c>;</c> (the default) the decimal separator is a comma: that pair is what
/// French Excel expects when it opens a CSV (its list separator is <c>;</c> because <c>,</c> is its decimal mark), so
/// "0,5" arrives as a number. With <c>,</c> numbers use the invariant dot, for English Excel and for scripts. Neither
/// groups thousands: "1 500" would arrive as text. Dates are ISO (2025-03-31), which both read as dates.
/// </para>
/// </summary>
public static class CsvExport
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>Every detailed line up to <paramref name="snapshot"/>'s as-of quarter: the same table as the xlsx sheet.</summary>
    public static void WriteDetailedLines(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, Stream output, char separator = ';') =>
        Write(output, separator, ExportColumns.DetailedLines, XlsxExport.InScope(lines, snapshot));

    /// <summary>Both indicators' flows, quarter × axis × commune, one indicator after the other.</summary>
    public static void WriteFlows(PlanSnapshot snapshot, Stream output, char separator = ';')
    {
        var columns = new List<Column<(string Indicator, Flow Flow)>> { new("Indicateur", 0, r => Cell.Of(r.Indicator)) };
        columns.AddRange(ExportColumns.Flows("Valeur").Select(c => new Column<(string Indicator, Flow Flow)>(c.Header, c.Width, r => c.Value(r.Flow))));
        var rows = XlsxExport.Aggregate(snapshot.Jobs.Flows).Select(f => ("Emplois créés", f))
            .Concat(XlsxExport.Aggregate(snapshot.Cooperatives.Flows).Select(f => ("Nouvelles coopératives", f)));
        Write(output, separator, columns, rows);
    }

    /// <summary>
    /// The structures expected for the as-of quarter that have not reported, one a line, for a mail merge: SIRET, name,
    /// commune, last quarter reported and the quarter awaited. Headers in French, the officers' language.
    /// </summary>
    public static void WriteMissingStructures(ReportingCompleteness completeness, Stream output, char separator = ';')
    {
        var awaited = completeness.AsOf.ToString();
        Write(output, separator, MissingColumns(awaited), completeness.Missing);
    }

    private static Column<MissingStructure>[] MissingColumns(string awaited) =>
    [
        new("SIRET", 0, m => Cell.Of(m.Siret)),
        new("Structure", 0, m => Cell.Of(m.Name)),
        new("Commune", 0, m => Cell.Of(m.Commune.Name)),
        new("Dernier trimestre transmis", 0, m => Cell.Of(m.LastReported.ToString())),
        new("Trimestre attendu", 0, _ => Cell.Of(awaited)),
    ];

    internal static void Write<T>(Stream output, char separator, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        if (separator is not (';' or ','))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "The CSV separator is ';' (default) or ','.");
        }

        var numbers = separator == ';' ? DecimalComma : NumberFormatInfo.InvariantInfo;
        // The BOM is written by the encoding's preamble: leaveOpen keeps the caller's stream usable.
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(separator, columns.Select(c => Field(FormulaGuard.ForCsv(c.Header), separator))));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(separator, columns.Select(c => Format(c.Value(row), numbers, separator))));
        }
    }

    private static string Format(Cell cell, NumberFormatInfo numbers, char separator) => cell.Kind switch
    {
        CellKind.Text => Field(FormulaGuard.ForCsv(cell.Text), separator),
        // No trailing zeros ("96", not "96,000" from a decimal read with a scale), no thousands grouping.
        CellKind.Number => cell.Number.ToString("0.############", numbers),
        CellKind.Date when cell.Format == Cell.DateFormat => cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.Date => cell.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>RFC 4180: quoted when it holds the separator, a quote or a line break; quotes doubled.</summary>
    private static string Field(string text, char separator) =>
        text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
