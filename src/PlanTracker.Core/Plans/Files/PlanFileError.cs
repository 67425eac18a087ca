namespace PlanTracker.Core.Plans.Files;

/// <summary>One mistake in a plan file: where (<c>communes[3].insee</c>, numbered from 0) and what, in French and English.</summary>
public sealed record PlanFileError(string Where, string MessageFr, string MessageEn)
{
    public string Message(string lang) => lang == "en" ? $"{Where}: {MessageEn}" : $"{Where} : {MessageFr}";

    public override string ToString() => Message("fr");
}
