using SpreadCheetah.Styling;
using Spreadsheet = SpreadCheetah.Spreadsheet;
using StyledCell = SpreadCheetah.StyledCell;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// The cell styles of one export workbook, registered once with SpreadCheetah, and the typing of each <see cref="Cell"/>:
/// text stays text (shown with the "@" format, so that editing it in Excel keeps it text), numbers and dates carry their
/// number format. Only <see cref="StyledCell"/>s are made here: that type cannot hold a formula.
/// </summary>
internal sealed class XlsxStyles
{
    /// <summary>The hidden named style of formula-like text, which <see cref="QuotePrefixStyle"/> marks with the quote prefix.</summary>
    public const string QuotedTextName = "Texte sans formule";

    private static readonly NumberFormat TextFormat = NumberFormat.Custom("@");

    private readonly Spreadsheet _spreadsheet;
    private readonly StyleId _text;
    private readonly StyleId _quotedText;
    private readonly Dictionary<string, StyleId> _formats = new(StringComparer.Ordinal);

    public XlsxStyles(Spreadsheet spreadsheet)
    {
        _spreadsheet = spreadsheet;
        _text = _spreadsheet.AddStyle(new Style { Format = TextFormat });
        // A named style gets its own cell format (SpreadCheetah merges equal anonymous ones): the quote prefix goes there only.
        _quotedText = _spreadsheet.AddStyle(new Style { Format = TextFormat }, QuotedTextName, StyleNameVisibility.Hidden);
        Header = _spreadsheet.AddStyle(new Style
        {
            Format = TextFormat,
            Font = new Font { Bold = true },
            Alignment = new Alignment { WrapText = true },
            Border = new Border { Bottom = new EdgeBorder { BorderStyle = BorderStyle.Thin } },
        });
        Title = _spreadsheet.AddStyle(new Style { Format = TextFormat, Font = new Font { Bold = true, Size = 14 } });
    }

    /// <summary>Bold, wrapped, with a thin bottom border.</summary>
    public StyleId Header { get; }

    /// <summary>Bold, 14 points.</summary>
    public StyleId Title { get; }

    public StyledCell For(Cell cell) => cell.Kind switch
    {
        CellKind.Text => Text(cell.Text),
        // As a double, as Excel stores every number: 2.5 rather than a decimal's "2.50".
        CellKind.Number => new StyledCell((double)cell.Number, Format(cell.Format)),
        CellKind.Date => new StyledCell(cell.Date, Format(cell.Format)),
        _ => default,
    };

    /// <summary>Untrusted text is only ever a string cell; formula-like text also takes the quote-prefixed style.</summary>
    public StyledCell Text(string? value, StyleId? style = null) =>
        string.IsNullOrEmpty(value)
            ? default
            : new StyledCell(XlsxText.Escape(value), FormulaGuard.IsRisky(value) ? _quotedText : style ?? _text);

    private StyleId Format(string? format)
    {
        var code = format ?? Cell.Integer;
        if (!_formats.TryGetValue(code, out var style))
        {
            style = _spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(code) });
            _formats[code] = style;
        }

        return style;
    }
}
