using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>The workbook's string table: text cells hold an index into it.</summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;

    private SharedStrings(List<string> items) => _items = items;

    public static SharedStrings Empty { get; } = new([]);

    public int Count => _items.Count;

    public static SharedStrings Load(XmlReader reader)
    {
        var items = new List<string>();
        while (!reader.EOF)
        {
            if (reader.IsMain("si"))
            {
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
