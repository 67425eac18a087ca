using System.IO.Compression;

namespace PlanTracker.Import.Tests.LibreOffice;

/// <summary>
/// Workbooks saved by LibreOffice Calc 7.4 (<c>soffice --headless --convert-to xlsx</c>) from the flat ODS sources in
/// TestData/LibreOffice/src: see TestData/LibreOffice/README.md. The tests read the committed .xlsx files, copied next to
/// the test assembly; LibreOffice is never needed at run time.
/// </summary>
internal static class LibreOfficeFixtures
{
    public const string Valid = "valid.xlsx";
    public const string ValidWithComments = "valid-with-comments.xlsx";
    public const string Errors = "errors.xlsx";
    public const string ErrorsWithComments = "errors-with-comments.xlsx";
    public const string Date1904 = "date1904.xlsx";

    public static byte[] Bytes(string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "LibreOffice", name);
        File.Exists(path).Should().BeTrue($"{name} is copied to the test output (see the .csproj)");
        return File.ReadAllBytes(path);
    }

    /// <summary>The zip entry names, so a test can check a fixture still holds what it is meant to exercise.</summary>
    public static IReadOnlyList<string> Entries(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public static string Entry(byte[] bytes, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
