namespace PlanTracker.Web.Account;

/// <summary>The four roles and the policies built on them: checked on the server for every page, write and export.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Planner = "planner";
    public const string Analyst = "analyst";
    public const string Viewer = "viewer";

    /// <summary>Upload, confirm and roll back imports; download the template.</summary>
    public const string ImportPolicy = "imports";

    /// <summary>Download exports.</summary>
    public const string ExportPolicy = "exports";

    /// <summary>Publish a quarter's figures: administrators of the plan only.</summary>
    public const string PublishPolicy = "publish";

    /// <summary>Read the audit log of a plan (the Journal page): administrators only.</summary>
    public const string AuditPolicy = "audit";

    /// <summary>Read a quarter's notes (as the dashboard), write one (admins and planners).</summary>
    public const string NotesPolicy = "notes";

    /// <summary>Read the dashboard: any signed-in account, or anyone when <c>Dashboard:AllowAnonymous</c> is true.</summary>
    public const string ReadPolicy = "read";

    public static bool CanImport(string? role) => role is Admin or Planner;

    /// <summary>Write a quarter's note and self-assessment: the roles that bring the figures in.</summary>
    public static bool CanWriteNotes(string? role) => CanImport(role);

    public static bool CanExport(string? role) => role is Admin or Analyst;

    public static bool CanPublish(string? role) => role is Admin;

    public static bool CanReadAudit(string? role) => role is Admin;

    /// <summary>Read the officers' free-text comments on the lines: not for viewers nor for anonymous public display.</summary>
    public static bool CanReadComments(string? role) => role is Admin or Planner or Analyst;

    public static string Label(string role, string lang) => (role, lang == "en") switch
    {
        (Admin, false) => "administrateur",
        (Planner, false) => "chargé de mission",
        (Analyst, false) => "analyste",
        (Viewer, false) => "lecteur",
        (Planner, true) => "planning officer",
        (var r, _) => r,
    };
}
