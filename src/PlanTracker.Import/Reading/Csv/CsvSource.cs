using PlanTracker.Import.Preflight;
using PlanTracker.Import.Sheets;
using Sylvan.Data.Csv;

namespace PlanTracker.Import.Reading.Csv;

/// <summary>
/// A CSV file read as one sheet (<see cref="CsvSheetKind"/> says which): encoding from its bytes, separator from its
/// header line, quoted fields with separators or line breaks inside. Every field is a text cell, parsed by the same
/// rules as text typed in a workbook; the line number is the record's, as a spreadsheet opening the file numbers it.
/// Only call this on bytes that passed <see cref="WorkbookPreflight"/> under a CSV name.
/// </summary>
internal sealed class CsvSource : ISheetSource
{
    private readonly byte[] _bytes;
    private readonly string _name;
    private readonly CsvDataReaderOptions _options;
    private readonly int _maxLine;

    private CsvSource(byte[] bytes, string name, char separator, int maxLine)
    {
        _bytes = bytes;
        _name = name;
        _maxLine = maxLine;
        _options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = separator,
            // '#' starts a comment by default: a line of figures may well start with one.
            Comment = '\0',
            // A record must fit the buffer: a huge line is refused once it passes the limit, never held whole.
            BufferSize = Math.Min(16 * 1024, maxLine),
            MaxBufferSize = maxLine,
        };
    }

    public IReadOnlyList<SheetInfo> Sheets { get; private set; } = [];

    public bool Date1904 => false;

    public string? CurrentPart => null;

    public static CsvSource Open(byte[] bytes, string fileName, ImportLimits limits)
    {
        var name = WorkbookPreflight.DisplayName(fileName);
        char separator;
        using (var text = CsvEncoding.Open(bytes))
        {
            separator = CsvSeparator.Detect(text);
        }

        var source = new CsvSource(bytes, name, separator, limits.MaxTextLineLength);
        var kind = CsvSheetKind.FromName(name) ?? CsvSheetKind.FromHeaders(source.Rows()) ?? throw new FileReadException(CsvMessages.UnknownSheet(name));
        source.Sheets = [new SheetInfo(name, null, true, kind, ColumnsByHeader: true)];
        return source;
    }

    public IEnumerable<SheetRow> ReadRows(SheetInfo sheet) => Rows();

    public void Dispose()
    {
        // Each read opens and closes its own reader over the bytes.
    }

    private IEnumerable<SheetRow> Rows()
    {
        using var reader = Guarded(0, () => CsvDataReader.Create(CsvEncoding.Open(_bytes), _options));
        var last = 0;
        while (Guarded(last, reader.Read))
        {
            last = reader.RowNumber;
            yield return new SheetRow(last, Cells(reader));
        }
    }

    private static SheetCell[] Cells(CsvDataReader reader)
    {
        var count = 0;
        for (var i = 0; i < reader.RowFieldCount; i++)
        {
            count += reader.GetFieldSpan(i).IsWhiteSpace() ? 0 : 1;
        }

        var cells = new SheetCell[count];
        var next = 0;
        for (var i = 0; i < reader.RowFieldCount && next < count; i++)
        {
            var field = reader.GetFieldSpan(i);
            if (!field.IsWhiteSpace())
            {
                // Cut like a workbook cell's text: the length check reports "at least" this many characters.
                var text = field.Length > Ooxml.MaxTextLength ? new string(field[..Ooxml.MaxTextLength]) : field.ToString();
                cells[next++] = new SheetCell(i + 1, CellValue.FromText(text));
            }
        }

        return cells;
    }

    // Sylvan's exceptions become the officer's messages; the failing line follows the last one read.
    private T Guarded<T>(int lastLine, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvRecordTooLargeException)
        {
            throw new FileReadException(CsvMessages.LineTooLong(_name, lastLine + 1, _maxLine));
        }
        catch (CsvFormatException e)
        {
            throw new FileReadException(CsvMessages.BadQuote(_name, e.RowNumber > 0 ? e.RowNumber : lastLine + 1));
        }
    }
}
