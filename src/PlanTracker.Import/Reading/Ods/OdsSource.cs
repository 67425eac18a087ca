using System.IO.Compression;
using System.Xml;

namespace PlanTracker.Import.Reading.Ods;

/// <summary>
/// An OpenDocument spreadsheet (.ods, as LibreOffice saves it) read as sheets of rows. Every sheet lives in the one
/// <c>content.xml</c>: its sheet names are listed at open by a byte scan (<see cref="OdsSheetNames"/>), and its rows are
/// read by ONE forward <see cref="XmlReader"/> that each <see cref="ReadRows"/> continues — the parser asks for the
/// sheets in document order in a file made from the template, so content.xml is tokenised once (the 2× target of the
/// import in performance.md). A sheet asked for behind the reader (the cooperatives sheet placed before the jobs one)
/// starts a new pass. Only call this on bytes that passed <see cref="Preflight.WorkbookPreflight"/> under an .ods name.
/// </summary>
internal sealed class OdsSource : ISheetSource
{
    private readonly ZipArchive _archive;
    private readonly ZipArchiveEntry _content;
    private readonly OdsRowReader _rows = new();
    private XmlReader _reader;
    private int _tableDepth;

    private OdsSource(ZipArchive archive, ZipArchiveEntry content)
    {
        _archive = archive;
        _content = content;
        _reader = Start(content, out _tableDepth, out var prefix);
        using var scan = content.Open();
        Sheets = OdsSheetNames.Scan(scan, prefix).Select(name => new SheetInfo(name, Odf.ContentPart, true)).ToList();
    }

    public IReadOnlyList<SheetInfo> Sheets { get; }

    /// <summary>Dates are stored as ISO 8601 text, whatever the file's null date: serials are always counted from 1900.</summary>
    public bool Date1904 => false;

    public string? CurrentPart => Odf.ContentPart;

    public static OdsSource Open(byte[] bytes, string fileName)
    {
        var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        try
        {
            var content = archive.GetEntry(Odf.ContentPart)
                          ?? throw new WorkbookFormatException("aucune partie content.xml", "no content.xml part");
            return new OdsSource(archive, content);
        }
        catch (XmlException e)
        {
            // Thrown before the parser holds the source: the message names the part here.
            archive.Dispose();
            throw new FileReadException(ReadingMessages.InvalidXml(Preflight.WorkbookPreflight.DisplayName(fileName), Odf.ContentPart, e.LineNumber, e.LinePosition));
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public IEnumerable<SheetRow> ReadRows(SheetInfo sheet)
    {
        if (!MoveTo(sheet.Name))
        {
            _reader.Dispose();
            _reader = Start(_content, out _tableDepth, out _);
            if (!MoveTo(sheet.Name))
            {
                throw new WorkbookFormatException(
                    $"la feuille « {sheet.Name} » est introuvable dans content.xml", $"sheet “{sheet.Name}” is not in content.xml");
            }
        }

        return _rows.ReadRows(_reader);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _archive.Dispose();
    }

    /// <summary>A reader on the <c>office:spreadsheet</c> element; its sheets are its children.</summary>
    private static XmlReader Start(ZipArchiveEntry content, out int tableDepth, out string prefix)
    {
        var reader = Odf.CreateReader(content.Open());
        try
        {
            while (reader.Read())
            {
                if (reader.Is("spreadsheet", Odf.Office))
                {
                    tableDepth = reader.Depth + 1;
                    prefix = (reader as IXmlNamespaceResolver)?.LookupPrefix(Odf.Table) ?? "table";
                    return reader;
                }
            }

            throw new WorkbookFormatException("content.xml ne contient pas de classeur (office:spreadsheet)", "content.xml holds no spreadsheet (office:spreadsheet)");
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Moves the reader forward to the start of the sheet named <paramref name="name"/>; false at the end.</summary>
    private bool MoveTo(string name)
    {
        var reader = _reader;
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == _tableDepth)
            {
                if (reader.Is("table", Odf.Table) && reader.GetAttribute("name", Odf.Table) == name)
                {
                    return true;
                }

                // Another sheet, or named ranges: passed over (tokenised, never materialised).
                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth < _tableDepth)
            {
                // The end of office:spreadsheet: no sheet after it.
                return false;
            }
            else
            {
                reader.Read();
            }
        }

        return false;
    }
}
