using System.Text;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.HostileWorkbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Preflight;

/// <summary>Files that are not .xlsx workbooks, whatever their name says: each refused with what it really is.</summary>
public class OtherFormatTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        yield return new HostileFile("empty file", "est vide (0 octet)") { Bytes = () => [] };
        yield return new HostileFile("truncated workbook (first half)", "endommagé ou incomplet") { Bytes = () => Valid().Build()[..(Valid().Build().Length / 2)] };
        yield return new HostileFile("truncated to the zip signature", "endommagé ou incomplet") { Bytes = () => "PK\u0003\u0004"u8.ToArray() };
        yield return new HostileFile("PDF named .xlsx", "est un PDF") { Bytes = () => "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray() };
        yield return new HostileFile("encrypted workbook (OLE with EncryptionInfo)", "protégé par un mot de passe") { Bytes = CompoundFile.EncryptedWorkbook };
        yield return new HostileFile("Excel 97-2003 .xls", "Excel 97-2003") { FileName = "ancien.xls", Bytes = CompoundFile.LegacyXls };
        yield return new HostileFile("OpenDocument .ods named .xlsx", "est un classeur OpenDocument (.ods), pas un classeur Excel (.xlsx), malgré son nom")
        {
            FileName = "calc.xlsx",
            Bytes = () => Zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray()), ("content.xml", "<office:document-content/>"u8.ToArray())]),
        };
        yield return new HostileFile("OpenDocument .ods with malformed content.xml", "la partie content.xml n'est pas du XML valide (ligne 1, position 2)")
        {
            FileName = "calc.ods",
            Bytes = () => Zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray()), ("content.xml", "<office:document-content/>"u8.ToArray())]),
        };
        yield return new HostileFile("CSV named .xlsx", "fichier texte (CSV ?)")
        {
            FileName = "emplois.xlsx",
            Bytes = () => Encoding.UTF8.GetBytes($"Trimestre;SIRET;Structure;Commune;Axe;Emplois créés\r\n2025-T1;{Sirets.A};Régie;Sevran;1;3\r\n"),
        };
        yield return new HostileFile("UTF-16 text export", "fichier texte")
        {
            Bytes = () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Trimestre\tSIRET\r\n2025-T1\t1\r\n")],
        };
        yield return new HostileFile("HTML page saved as .xls", "page web") { FileName = "export.xls", Bytes = () => "<html><body><table><tr><td>1</td></tr></table></body></html>"u8.ToArray() };
        yield return new HostileFile("binary .xlsb", "binaire") { Bytes = () => Zip([("xl/workbook.bin", new byte[64]), ("[Content_Types].xml", "<Types/>"u8.ToArray())]) };
        yield return new HostileFile("Word document renamed .xlsx", "pas un classeur Excel") { Bytes = () => Zip([("word/document.xml", "<w:document/>"u8.ToArray())]) };
        yield return new HostileFile("random bytes", "format de fichier non reconnu")
        {
            Bytes = () =>
            {
                var bytes = new byte[4096];
                new Random(8).NextBytes(bytes);
                bytes[0] = 0;
                return bytes;
            },
        };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_file_cleanly(HostileFile file) => file.ParsesAsExpected();
}
