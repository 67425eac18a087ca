using System.IO.Compression;
using System.Text;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests;

/// <summary>Whatever the bytes, the parser answers with errors, never an exception (seeded, so failures replay).</summary>
public class RobustnessTests
{
    private static readonly byte[] Valid = new XlsxBuilder()
        .Sheet("Emplois", JobRows.Header, JobRows.Line(), JobRows.Line(contract: "CDD", quarter: new DateOnly(2025, 5, 2)))
        .Sheet("Coopératives", CooperativeRows.Header, CooperativeRows.Line())
        .Build();

    [Test]
    public void Corrupted_zip_bytes_never_throw()
    {
        var random = new Random(1234);
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])Valid.Clone();
            for (var flips = 0; flips < 1 + i % 8; flips++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var act = () => TestParser.Parse(bytes);
            act.Should().NotThrow($"mutation #{i}");
        }
    }

    [Test]
    public void Corrupted_xml_parts_never_throw()
    {
        var random = new Random(5678);
        const string alphabet = "<>/\"'=&;#x0123456789 abcrtvsf-_:T.,";
        var parts = ReadParts(Valid);
        var names = parts.Keys.Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < 300; i++)
        {
            var name = names[random.Next(names.Count)];
            var text = new StringBuilder(Encoding.UTF8.GetString(parts[name]));
            for (var edits = 0; edits < 1 + i % 5; edits++)
            {
                text[random.Next(text.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var mutated = new Dictionary<string, byte[]>(parts) { [name] = Encoding.UTF8.GetBytes(text.ToString()) };
            var act = () => TestParser.Parse(RawWorkbook.Zip(mutated));
            act.Should().NotThrow($"mutation #{i} of {name}");
        }
    }

    private static Dictionary<string, byte[]> ReadParts(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = new MemoryStream();
            using var entry = e.Open();
            entry.CopyTo(stream);
            return stream.ToArray();
        });
    }
}
