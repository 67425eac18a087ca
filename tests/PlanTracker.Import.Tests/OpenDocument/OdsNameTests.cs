using System.Text;
using PlanTracker.Import.Preflight;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.OpenDocument;

/// <summary>An .ods name and its content must agree, like .xlsx and .csv: each mismatch names what the file really is.</summary>
public class OdsNameTests
{
    private static ImportError? Check(byte[] bytes, string name) => WorkbookPreflight.Check(bytes, name, ImportLimits.Default);

    [Test]
    public void A_real_ods_passes() => Check(OdsFixtures.Bytes(OdsFixtures.Valid), "releve.ods").Should().BeNull();

    [Test]
    public void An_xlsx_named_ods_is_named_an_xlsx()
    {
        var error = Check(HostileWorkbooks.Valid().Build(), "releve.ods");

        error!.Code.Should().Be(ImportErrorCodes.WrongExtension);
        error.MessageFr.Should().Be("« releve.ods » est un classeur Excel (.xlsx), pas un classeur OpenDocument (.ods), malgré son nom. Renommez-le en .xlsx et déposez-le à nouveau.");
    }

    [Test]
    public void An_ods_named_xlsx_is_named_an_ods()
    {
        var error = Check(OdsFixtures.Bytes(OdsFixtures.Valid), "releve.xlsx");

        error!.Code.Should().Be(ImportErrorCodes.Ods);
        error.MessageFr.Should().Contain("« releve.xlsx » est un classeur OpenDocument (.ods), pas un classeur Excel (.xlsx), malgré son nom. Renommez-le en .ods");
    }

    [Test]
    public void An_ods_named_csv_is_named_an_ods() =>
        Check(OdsFixtures.Bytes(OdsFixtures.Valid), "releve.csv")!.MessageFr.Should().Contain("est un classeur OpenDocument (.ods), pas un fichier CSV");

    [Test]
    public void A_csv_named_ods_is_named_a_text_file()
    {
        var error = Check(Encoding.UTF8.GetBytes($"Trimestre;SIRET;Structure;Commune;Axe;Emplois créés\r\n2025-T1;{Sirets.A};Régie;Sevran;1;3\r\n"), "releve.ods");

        error!.Code.Should().Be(ImportErrorCodes.Text);
        error.MessageFr.Should().Contain("est un fichier texte (CSV ?), pas un classeur OpenDocument (.ods)").And.Contain("Renommez-le en .csv");
    }

    [Test]
    public void An_xls_named_ods_is_named_an_xls() =>
        Check(CompoundFile.LegacyXls(), "releve.ods")!.Code.Should().Be(ImportErrorCodes.LegacyXls);

    [Test]
    public void A_text_document_named_ods_is_not_a_spreadsheet()
    {
        var odt = RawWorkbook.Zip([("mimetype", "application/vnd.oasis.opendocument.text"u8.ToArray()), ("content.xml", "<x/>"u8.ToArray())]);

        Check(odt, "releve.ods")!.MessageFr.Should().Contain("pas un classeur OpenDocument (type « application/vnd.oasis.opendocument.text »)");
    }

    [Test]
    public void A_password_protected_ods_is_named_as_such()
    {
        var encrypted = RawWorkbook.Zip(
        [
            ("mimetype", Encoding.ASCII.GetBytes(RawOds.MimeType)),
            ("META-INF/manifest.xml", """<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>"""u8.ToArray()),
            ("content.xml", new byte[512]),
        ]);

        var error = Check(encrypted, "secret.ods");

        error!.Code.Should().Be(ImportErrorCodes.Encrypted);
        error.MessageFr.Should().Contain("protégé par un mot de passe").And.Contain("LibreOffice");
    }
}
