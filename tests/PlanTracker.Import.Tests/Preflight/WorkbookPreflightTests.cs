using System.IO.Compression;
using System.Text;
using PlanTracker.Import.Preflight;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Preflight;

public class WorkbookPreflightTests
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ImportError? Check(byte[] bytes, ImportLimits? limits = null) =>
        WorkbookPreflight.Check(bytes, "C:\\Users\\agent\\releve.xlsx", limits ?? ImportLimits.Default);

    [Test]
    public void A_real_workbook_passes() =>
        Check(JobRows.Workbook(JobRows.Line())).Should().BeNull();

    [Test]
    public void An_empty_file_is_rejected_and_named_without_its_client_path()
    {
        var error = Check([]);
        error!.Code.Should().Be(ImportErrorCodes.Empty);
        error.MessageFr.Should().StartWith("« releve.xlsx » est vide");
    }

    [Test]
    public void A_file_over_the_size_limit_is_rejected()
    {
        var bytes = JobRows.Workbook(JobRows.Line());
        Check(bytes, new ImportLimits { MaxFileBytes = bytes.Length - 1 })!.Code.Should().Be(ImportErrorCodes.TooLarge);
        Check(bytes, new ImportLimits { MaxFileBytes = bytes.Length }).Should().BeNull();
    }

    [Test]
    public void An_old_xls_workbook_is_told_to_be_saved_as_xlsx()
    {
        var error = Check([.. OleSignature, .. new byte[512], .. Encoding.Unicode.GetBytes("Workbook"), .. new byte[512]]);
        error!.Code.Should().Be(ImportErrorCodes.LegacyXls);
        error.MessageFr.Should().Contain("97-2003").And.Contain(".xlsx");
    }

    [Test]
    public void A_password_protected_xlsx_is_told_apart_from_an_old_xls()
    {
        byte[] encrypted = [.. OleSignature, .. new byte[512], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64], .. Encoding.Unicode.GetBytes("EncryptedPackage")];
        var error = Check(encrypted);
        error!.Code.Should().Be(ImportErrorCodes.Encrypted);
        error.MessageFr.Should().Contain("mot de passe");
    }

    [Test]
    public void A_pdf_is_rejected() => Check("%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray())!.Code.Should().Be(ImportErrorCodes.Pdf);

    [Test]
    public void A_csv_is_rejected_as_text()
    {
        var error = Check(Encoding.UTF8.GetBytes("Trimestre;SIRET;Structure\n2025-T1;12345678900011;Régie\n"));
        error!.Code.Should().Be(ImportErrorCodes.Text);
        error.MessageFr.Should().Contain("CSV");
    }

    [Test]
    public void Excel_unicode_text_export_is_rejected_as_text() =>
        Check([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Trimestre\tSIRET\r\n")])!.Code.Should().Be(ImportErrorCodes.Text);

    [Test]
    public void An_html_page_saved_as_a_workbook_is_named_as_such()
    {
        var error = Check(Encoding.UTF8.GetBytes("<html><body><table><tr><td>2025-T1</td></tr></table></body></html>"));
        error!.Code.Should().Be(ImportErrorCodes.Text);
        error.MessageFr.Should().Contain("HTML");
    }

    [Test]
    public void An_ods_spreadsheet_named_xlsx_is_told_to_take_its_own_name()
    {
        var ods = RawWorkbook.Zip(new Dictionary<string, byte[]>
        {
            ["mimetype"] = "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray(),
            ["content.xml"] = "<office:document-content/>"u8.ToArray(),
        });
        var error = Check(ods);
        error!.Code.Should().Be(ImportErrorCodes.Ods);
        error.MessageFr.Should().Contain("Renommez-le en .ods");
    }

    [Test]
    public void Random_bytes_are_not_a_workbook()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[100] = 0;
        Check(bytes)!.Code.Should().Be(ImportErrorCodes.NotZip);
    }

    [Test]
    public void A_truncated_workbook_is_reported_damaged()
    {
        var bytes = JobRows.Workbook(JobRows.Line());
        Check(bytes[..(bytes.Length / 2)])!.Code.Should().Be(ImportErrorCodes.Corrupt);
    }

    [Test]
    public void A_zip_without_a_workbook_part_is_not_a_workbook() =>
        Check(RawWorkbook.Zip(new Dictionary<string, byte[]> { ["word/document.xml"] = "<w:document/>"u8.ToArray() }))!
            .Code.Should().Be(ImportErrorCodes.NotWorkbook);

    [Test]
    public void A_binary_xlsb_workbook_is_rejected() =>
        Check(RawWorkbook.Zip(new Dictionary<string, byte[]> { ["xl/workbook.bin"] = [1, 2, 3] }))!.Code.Should().Be(ImportErrorCodes.Xlsb);

    [Test]
    public void Too_many_zip_entries_are_rejected()
    {
        var bytes = JobRows.Workbook(JobRows.Line());
        using var archive = new ZipArchive(new MemoryStream(bytes));
        var entries = archive.Entries.Count;
        Check(bytes, new ImportLimits { MaxEntries = entries - 1 })!.Code.Should().Be(ImportErrorCodes.TooManyEntries);
        Check(bytes, new ImportLimits { MaxEntries = entries }).Should().BeNull();
    }

    [TestCase("../../etc/passwd")]
    [TestCase("xl/../../evil.xml")]
    [TestCase("/etc/passwd")]
    [TestCase("C:/Windows/evil.xml")]
    public void Entry_names_escaping_the_package_are_rejected(string name) =>
        Check(new RawWorkbook().Sheet("Emplois", RawWorkbook.JobsHeader()).Replace(name, "<x/>").Build())!
            .Code.Should().Be(ImportErrorCodes.UnsafeEntryName);

    [Test]
    public void Strict_open_xml_is_rejected_with_a_clear_message()
    {
        var strict = new RawWorkbook()
            .SheetXml("Emplois", """<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData/></worksheet>""")
            .Build();
        var error = Check(strict);
        error!.Code.Should().Be(ImportErrorCodes.StrictOoxml);
        error.MessageFr.Should().Contain("Strict");
    }

    [Test]
    public void A_stream_is_read_no_further_than_the_limit()
    {
        var bytes = JobRows.Workbook(JobRows.Line());
        var limits = new ImportLimits { MaxFileBytes = 1000 };
        WorkbookPreflight.ReadUpload(new MemoryStream(bytes), "a.xlsx", limits, out var read)!.Code.Should().Be(ImportErrorCodes.TooLarge);
        read.Should().BeEmpty();
        WorkbookPreflight.Check(new MemoryStream(bytes), "a.xlsx", ImportLimits.Default).Should().BeNull();
    }
}
