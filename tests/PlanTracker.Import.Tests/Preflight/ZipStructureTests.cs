using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.HostileWorkbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Preflight;

/// <summary>Zips built to hurt: too many entries, entry names that climb out of the package, sizes that lie.</summary>
public class ZipStructureTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        yield return new HostileFile("10,001 zip entries", "parties internes")
        {
            Bytes = () => Zip(Valid().Parts().Concat(Enumerable.Range(0, 10_001 - Valid().Parts().Count).Select(i => ($"customXml/item{i}.xml", "<a/>"u8.ToArray())))),
        };
        foreach (var name in new[] { "../../evil.xml", "xl/../../evil.xml", "/etc/cron.d/evil", "C:/Windows/evil.xml", "..\\..\\evil.xml", "xl/worksheets/\0.xml" })
        {
            yield return new HostileFile($"entry name {name.Replace("\0", "\\0", StringComparison.Ordinal)}", "chemin interne suspect")
            {
                Bytes = () => Valid().Add(name, "<a/>").Build(),
            };
        }

        yield return new HostileFile("entry declaring a smaller size than it holds", "endommagé")
        {
            Bytes = () => LyingZip.DeclareSmallSizes(Valid().Build(), "xl/worksheets/sheet1.xml", 100),
        };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_file_cleanly(HostileFile file) => file.ParsesAsExpected();
}
