namespace PlanTracker.Data.Audit;

/// <summary>
/// The actions the audit log records, as stored in <c>audit_log.action</c>: stable English codes (scripts filter on
/// them), shown in French on the Journal page and by <c>plantracker audit</c> (<see cref="Label"/>).
/// </summary>
public static class AuditActions
{
    public const string Import = "import";

    /// <summary>A workbook checked without being stored: the web's check step, or <c>import --dry-run</c>.</summary>
    public const string ImportCheck = "import-check";

    public const string Rollback = "rollback";

    /// <summary>An export file: xlsx, csv, report.html or a chart (web), <c>export</c> (CLI).</summary>
    public const string Export = "export";

    /// <summary>The charts and report.html written by <c>plantracker report</c>.</summary>
    public const string Report = "report";

    /// <summary>A quarter published or restated.</summary>
    public const string Publish = "publish";

    public const string UserAdd = "user-add";

    public const string UserGrant = "user-grant";

    public const string UserRevoke = "user-revoke";

    public const string UserDisable = "user-disable";

    public const string UserSetPassword = "user-set-password";

    /// <summary>The first administrator, made with the setup link.</summary>
    public const string SetupAdmin = "setup-admin";

    /// <summary>A sign-in refused: unknown name, wrong password, disabled account or too many attempts.</summary>
    public const string SignInFailure = "sign-in-failure";

    public static string Label(string action, string lang) => (action, lang == "en") switch
    {
        (Import, false) => "import",
        (ImportCheck, false) => "vérification d'un classeur",
        (ImportCheck, true) => "workbook check",
        (Rollback, false) => "annulation d'un lot",
        (Rollback, true) => "rollback",
        (Export, false) => "export",
        (Report, false) => "rapport",
        (Publish, false) => "publication",
        (Publish, true) => "publication",
        (UserAdd, false) => "création de compte",
        (UserAdd, true) => "account created",
        (UserGrant, false) => "attribution de rôle",
        (UserGrant, true) => "role granted",
        (UserRevoke, false) => "retrait de rôle",
        (UserRevoke, true) => "role revoked",
        (UserDisable, false) => "désactivation de compte",
        (UserDisable, true) => "account disabled",
        (UserSetPassword, false) => "changement de mot de passe",
        (UserSetPassword, true) => "password changed",
        (SetupAdmin, false) => "premier administrateur",
        (SetupAdmin, true) => "first administrator",
        (SignInFailure, false) => "échec de connexion",
        (SignInFailure, true) => "sign-in failed",
        (var other, _) => other,
    };
}
