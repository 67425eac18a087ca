using static PlanTracker.Import.FileErrors;

namespace PlanTracker.Import.Reading;

/// <summary>Errors for a package that passed the pre-flight but turns out unreadable inside.</summary>
internal static class ReadingMessages
{
    public static ImportError Damaged(string f, string detailFr, string detailEn) => File(
        ImportErrorCodes.Corrupt,
        $"« {f} » est endommagé ({detailFr}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau et déposez-le.",
        $"“{f}” is damaged ({detailEn}). Open it in Excel or LibreOffice, save it again and upload it.");

    public static ImportError InvalidXml(string f, string? part, int line, int position) => File(
        ImportErrorCodes.Corrupt,
        $"« {f} » est endommagé : la partie {part ?? "?"} n'est pas du XML valide (ligne {line}, position {position}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau et déposez-le.",
        $"“{f}” is damaged: part {part ?? "?"} is not valid XML (line {line}, position {position}). Open it in Excel or LibreOffice, save it again and upload it.");
}
