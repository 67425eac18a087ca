using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>The workbook's string table: text cells hold an index into it.</summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public static SharedStrings Empty { get; } = new([]);

    public int Count => _items.Count;

    /// <summary>
    /// Far above what a quarterly workbook holds (100,000 lines of nine columns), far below what 200 MB of
    /// <c>&lt;si/&gt;</c> would make (40 million entries, 850 MB of references while the list grows).
    /// </summary>
    public const int MaxCount = 5_000_000;

    public static SharedStrings Load(XmlReader reader)
    {
        var items = new List<string>();
        while (!reader.EOF)
        {
            if (reader.IsMain("si"))
            {
                if (items.Count == MaxCount)
                {
                    throw new WorkbookFormatException(
                        "plus de 5 000 000 textes partagés, limite de sécurité",
                        "more than 5,000,000 shared strings, a safety limit");
                }

                items.Add(RichText.Read(reader));
                continue;
            }

            reader.Read();
        }

        return new SharedStrings(items);
    }

    public bool TryGet(string indexText, out string value)
    {
        value = "";
        if (!int.TryParse(indexText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            || index >= _items.Count)
        {
            return false;
        }

        value = _items[index];
        return true;
    }
}
