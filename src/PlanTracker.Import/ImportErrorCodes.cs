namespace PlanTracker.Import;

/// <summary>The stable codes of <see cref="ImportError.Code"/>: for tests, JSON answers and log searches.</summary>
public static class ImportErrorCodes
{
    // The file as a whole (pre-flight, package structure, limits).
    public const string Empty = "file.empty";
    public const string TooLarge = "file.too-large";
    public const string LegacyXls = "file.xls";
    public const string Encrypted = "file.encrypted";
    public const string Pdf = "file.pdf";
    /// <summary>An OpenDocument spreadsheet under a name other than .ods (an .ods named .xlsx): rename it.</summary>
    public const string Ods = "file.ods";
    public const string Xlsb = "file.xlsb";
    public const string Text = "file.text";
    public const string NotText = "file.not-text";
    public const string WrongExtension = "file.wrong-extension";
    public const string LineTooLong = "file.line-too-long";
    public const string BadQuote = "file.bad-quote";
    public const string UnknownCsvSheet = "file.unknown-csv-sheet";
    public const string NotZip = "file.not-zip";
    public const string Corrupt = "file.corrupt";
    public const string TooManyEntries = "file.too-many-entries";
    public const string TooBigUncompressed = "file.too-big-uncompressed";
    public const string UnsafeEntryName = "file.unsafe-entry-name";
    public const string Doctype = "file.doctype";
    public const string StrictOoxml = "file.strict-ooxml";
    public const string NotWorkbook = "file.not-workbook";
    public const string NoKnownSheet = "file.no-known-sheet";
    public const string TooManyLines = "file.too-many-lines";
    public const string TooManyErrors = "file.too-many-errors";

    // A sheet.
    public const string DuplicateSheet = "sheet.duplicate";
    public const string HeadersMissing = "sheet.headers-missing";
    public const string RowsIgnored = "sheet.rows-ignored";

    // A cell.
    public const string ErrorValue = "cell.error-value";
    public const string NoCachedValue = "cell.formula-without-value";
    public const string Required = "cell.required";
    public const string TooLong = "cell.too-long";
    public const string Quarter = "cell.quarter";
    public const string QuarterOutsidePlan = "cell.quarter-outside-plan";
    public const string QuarterInFuture = "cell.quarter-in-future";
    public const string SiretLength = "cell.siret-length";
    public const string SiretChecksum = "cell.siret-checksum";
    public const string Commune = "cell.commune";
    public const string Axis = "cell.axis";
    public const string NotNumber = "cell.not-number";
    public const string NotWholeNumber = "cell.not-whole-number";
    public const string Negative = "cell.negative";
    public const string TooManyJobs = "cell.too-many-jobs";
    public const string TooManyDecimals = "cell.too-many-decimals";
    public const string FteAboveJobs = "cell.fte-above-jobs";
    public const string ContractType = "cell.contract-type";
    public const string LegalForm = "cell.legal-form";
    public const string Date = "cell.date";
    public const string DateOutsidePlan = "cell.date-outside-plan";
    public const string DateInFuture = "cell.date-in-future";
    public const string Nature = "cell.nature";
    public const string Origin = "cell.origin";
    public const string Stage = "cell.stage";
    public const string CessationBeforeCreation = "cell.cessation-before-creation";
    public const string RegisteredWithoutDate = "cell.registered-without-date";

    // Two rows of one upload.
    public const string DuplicateJobLine = "row.duplicate-job-line";
    public const string DuplicateCooperative = "row.duplicate-cooperative";
}
