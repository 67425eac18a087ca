using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>
/// Makes a saved workbook reproducible. System.IO.Packaging stamps each zip entry with the time of saving, names the
/// core-properties part after a new GUID and gives package relationships random ids: this renames the part, numbers
/// the ids and stamps every entry with one fixed time, so that regenerating changes no byte (and the importer's
/// SHA-256 check recognises files already imported).
/// </summary>
public static partial class StableZip
{
    private const string RootRelationships = "_rels/.rels";
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesPart = CorePropertiesFolder + "core.psmdcp";

    public static byte[] Normalize(byte[] xlsx, DateTime timestamp)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var input = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }

        var core = entries.Single(e => e.Name.StartsWith(CorePropertiesFolder, StringComparison.Ordinal)).Name;
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, bytes) = entries[i];
            if (name == core)
            {
                entries[i] = (CorePropertiesPart, bytes);
            }
            else if (name == RootRelationships)
            {
                var xml = Encoding.UTF8.GetString(bytes).Replace("/" + core, "/" + CorePropertiesPart, StringComparison.Ordinal);
                var n = 0;
                xml = RandomId().Replace(xml, _ => $"Id=\"rIdPackage{++n}\"");
                entries[i] = (name, Encoding.UTF8.GetBytes(xml));
            }
        }

        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(timestamp, DateTimeKind.Unspecified), TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomId();
}
