using System.Globalization;
using System.Xml;

namespace PlanTracker.Import.Reading.Ods;

/// <summary>
/// The text of a cell's paragraphs (<c>text:p</c>, joined by line breaks) as LibreOffice shows it: runs of white space
/// collapsed and leading white space dropped (ODF's rule), <c>text:s</c> spaces, tabs and line breaks kept, spans and
/// links read through, comments (<c>office:annotation</c>) left out. Cut at <see cref="Ooxml.MaxTextLength"/> like an
/// .xlsx cell: text nodes are streamed in chunks, so a hostile 100-million-character cell never sits in memory.
/// </summary>
internal sealed class OdsText
{
    private readonly char[] _text = new char[Ooxml.MaxTextLength];
    private readonly char[] _chunk = new char[4096];
    private int _length;

    /// <summary>Reader on a cell's start tag; leaves it on the node after the cell.</summary>
    public string ReadCell(XmlReader reader)
    {
        _length = 0;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        var paragraphs = 0;
        reader.Read();
        while (!reader.EOF && !reader.IsEndOf(depth))
        {
            if (reader.Is("p", Odf.Text))
            {
                if (paragraphs++ > 0)
                {
                    Append('\n', 1);
                }

                ReadParagraph(reader);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return _length == 0 ? "" : new string(_text, 0, _length);
    }

    private void ReadParagraph(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        var afterSpace = true;
        reader.Read();
        while (!reader.EOF && !reader.IsEndOf(depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    afterSpace = Collapse(_chunk.AsSpan(0, read), afterSpace);
                }

                reader.Read();
            }
            else if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.Is("s", Odf.Text))
            {
                var count = int.TryParse(reader.GetAttribute("c", Odf.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 1;
                Append(' ', count);
                afterSpace = false;
                reader.Skip();
            }
            else if (reader.Is("tab", Odf.Text) || reader.Is("line-break", Odf.Text))
            {
                Append(reader.LocalName == "tab" ? '\t' : '\n', 1);
                afterSpace = false;
                reader.Skip();
            }
            else if (reader.IsEmptyElement || reader.Is("annotation", Odf.Office) || reader.Is("note", Odf.Text))
            {
                reader.Skip();
            }
            else
            {
                // A span, a link, a field: its text is part of the paragraph.
                reader.Read();
            }
        }

        reader.Read();
    }

    private bool Collapse(ReadOnlySpan<char> chunk, bool afterSpace)
    {
        foreach (var c in chunk)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (!afterSpace)
                {
                    Append(' ', 1);
                    afterSpace = true;
                }
            }
            else
            {
                Append(c, 1);
                afterSpace = false;
            }
        }

        return afterSpace;
    }

    private void Append(char c, int count)
    {
        var keep = Math.Min(count, _text.Length - _length);
        if (keep > 0)
        {
            _text.AsSpan(_length, keep).Fill(c);
            _length += keep;
        }
    }
}
