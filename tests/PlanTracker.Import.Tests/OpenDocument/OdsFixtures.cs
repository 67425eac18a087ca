using PlanTracker.Import.Tests.LibreOffice;

namespace PlanTracker.Import.Tests.OpenDocument;

/// <summary>
/// Spreadsheets saved as .ods by LibreOffice Calc 7.4 (<c>soffice --headless --convert-to ods</c>), from the same flat
/// ODS sources as the LibreOffice .xlsx fixtures, and from a sample workbook: see TestData/OpenDocument/README.md. The
/// tests read the committed files, copied next to the test assembly; LibreOffice is never needed at run time.
/// </summary>
internal static class OdsFixtures
{
    public const string Valid = "valid.ods";
    public const string ValidWithComments = "valid-with-comments.ods";
    public const string Errors = "errors.ods";
    public const string ErrorsWithComments = "errors-with-comments.ods";
    public const string Date1904 = "date1904.ods";
    public const string Sample = "2025-T4-emplois-cooperatives.ods";

    public static byte[] Bytes(string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "OpenDocument", name);
        File.Exists(path).Should().BeTrue($"{name} is copied to the test output (see the .csproj)");
        return File.ReadAllBytes(path);
    }

    /// <summary>The .xlsx LibreOffice made from the same source.</summary>
    public static byte[] XlsxTwin(string name) => LibreOfficeFixtures.Bytes(Path.ChangeExtension(name, ".xlsx"));
}
