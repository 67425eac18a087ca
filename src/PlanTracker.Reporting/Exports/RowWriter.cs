using System.Globalization;
using System.Text;
using System.Xml;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// One &lt;row&gt; of "Lignes détaillées" per line, cell by cell through <see cref="ExportColumns.DetailedLines"/>
/// (the same values as the CSV export). Empty cells are left out, as ClosedXML leaves them out.
/// </summary>
internal sealed class RowWriter(XmlWriter writer, string prefix, string ns, IReadOnlyDictionary<StyleKey, string> styles)
{
    private static readonly IReadOnlyList<Column<DetailedLine>> Columns = ExportColumns.DetailedLines;
    private static readonly string[] Names = Enumerable.Range(1, Columns.Count).Select(DetailedLinesPart.ColumnName).ToArray();
    private static readonly string Spans = $"1:{Columns.Count}";

    public string Prefix => prefix;

    public string Ns => ns;

    private readonly Markup _markup = new(prefix.Length == 0 ? "" : prefix + ":");

    /// <summary>
    /// The markup is written raw: tag names, cell references, style indexes and numbers need no escaping, and the
    /// writer's checks of each element and attribute took half of the export's time. Texts go through WriteString,
    /// which escapes them.
    /// </summary>
    public void Write(int rowNumber, DetailedLine line)
    {
        var row = rowNumber.ToString(CultureInfo.InvariantCulture);
        writer.WriteRaw(_markup.RowStart);
        writer.WriteRaw(row);
        writer.WriteRaw(_markup.RowStartEnd);
        for (var c = 0; c < Columns.Count; c++)
        {
            var cell = Columns[c].Value(line);
            // FormulaGuard.SetText leaves null and "" cells empty.
            if (cell.Kind == CellKind.Empty || (cell.Kind == CellKind.Text && string.IsNullOrEmpty(cell.Text)))
            {
                continue;
            }

            writer.WriteRaw(_markup.CellStart);
            writer.WriteRaw(Names[c]);
            writer.WriteRaw(row);
            writer.WriteRaw("\" s=\"");
            writer.WriteRaw(Style(cell, c));
            switch (cell.Kind)
            {
                case CellKind.Text:
                    var text = cell.Text!;
                    writer.WriteRaw(char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? _markup.TextStartPreserve : _markup.TextStart);
                    writer.WriteString(XmlSafe(text));
                    writer.WriteRaw(_markup.TextEnd);
                    break;
                case CellKind.Number:
                    writer.WriteRaw(_markup.NumberStart);
                    // As a double, as ClosedXML stores it: 2.5 rather than a decimal's "2.50".
                    writer.WriteRaw(((double)cell.Number).ToString("R", CultureInfo.InvariantCulture));
                    writer.WriteRaw(_markup.ValueEnd);
                    break;
                default:
                    writer.WriteRaw(_markup.DateStart);
                    writer.WriteRaw(cell.Date.ToOADate().ToString("R", CultureInfo.InvariantCulture));
                    writer.WriteRaw(_markup.ValueEnd);
                    break;
            }
        }

        writer.WriteRaw(_markup.RowEnd);
    }

    private string Style(Cell cell, int column) =>
        styles.TryGetValue(DetailedLinesStub.KeyOf(cell), out var style)
            ? style
            : throw new InvalidOperationException(
                $"Column \"{Columns[column].Header}\" produced a {cell.Kind} cell formatted \"{cell.Format}\": add a sample of it to DetailedLinesStub.Samples.");

    /// <summary>
    /// Characters XML cannot hold (control characters, lone surrogates) written as OOXML's _xHHHH_ escape, which
    /// Excel decodes, instead of making the whole package unreadable. Typed text almost never has them: no copy then.
    /// </summary>
    private static string XmlSafe(string text)
    {
        var i = 0;
        while (i < text.Length && IsXmlChar(text, i))
        {
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }

        if (i == text.Length)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (IsXmlChar(text, i))
            {
                safe.Append(text[i]);
                if (char.IsHighSurrogate(text[i]))
                {
                    safe.Append(text[++i]);
                }
            }
            else
            {
                safe.Append("_x").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return safe.ToString();
    }

    private static bool IsXmlChar(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : XmlConvert.IsXmlChar(text[i]);

    /// <summary>The fixed pieces of markup, with the stub's namespace prefix ("x:" from ClosedXML).</summary>
    private sealed class Markup(string p)
    {
        public string RowStart { get; } = $"<{p}row r=\"";
        public string RowStartEnd { get; } = $"\" spans=\"{Spans}\">";
        public string RowEnd { get; } = $"</{p}row>";
        public string CellStart { get; } = $"<{p}c r=\"";
        public string TextStart { get; } = $"\" t=\"inlineStr\"><{p}is><{p}t>";
        public string TextStartPreserve { get; } = $"\" t=\"inlineStr\"><{p}is><{p}t xml:space=\"preserve\">";
        public string TextEnd { get; } = $"</{p}t></{p}is></{p}c>";
        public string NumberStart { get; } = $"\" t=\"n\"><{p}v>";
        public string DateStart { get; } = $"\"><{p}v>";
        public string ValueEnd { get; } = $"</{p}v></{p}c>";
    }
}
